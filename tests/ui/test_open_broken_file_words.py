"""A broken project file opened in the window: the dialog names the file and the place and says
what is wrong in the window's language (the io layer's English stays for the CLI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from orgdesigner.ui.dialogs import DISCARD
from tests.conftest import EXAMPLE
from tests.ui.window_fixtures import make_window


def _example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def _wrong_type(tmp_path: Path) -> tuple[Path, str]:
    data = _example()
    unit = next(i for i, u in enumerate(data["scenarios"][0]["units"]) if "listed_patients" in u)
    data["scenarios"][0]["units"][unit]["listed_patients"] = "många"
    path = tmp_path / "wrong-type.orgd"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path, f"$.scenarios[0].units[{unit}].listed_patients"


def _bad_category(tmp_path: Path) -> Path:
    data = _example()
    data["scenarios"][0]["units"][3]["category"] = "rymdstation"
    path = tmp_path / "bad-category.orgd"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _future(tmp_path: Path) -> Path:
    data = _example()
    data["format_version"] = 999
    path = tmp_path / "future.orgd"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _truncated(tmp_path: Path) -> Path:
    path = tmp_path / "truncated.orgd"
    path.write_bytes(EXAMPLE.read_bytes()[:5000])
    return path


def _twice(tmp_path: Path, in_entry: bool = True) -> Path:
    """A key written twice: in a unit (an entry with an id), or in the case (no id)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    at = text.index('"name":', text.index('"units"')) if in_entry else text.index('"title":', text.index('"case"'))
    path = tmp_path / "twice.orgd"
    path.write_text(text[:at] + '"name": "Dubblett", ' * in_entry + '"title": "Dubblett", ' * (not in_entry) + text[at:],
                    encoding="utf-8")
    return path


@pytest.fixture
def swedish_empty_window(qtbot, swedish, dialogs, settings, recovery_dir):
    window = make_window(qtbot, dialogs, settings)
    yield window
    dialogs.save_answer = DISCARD
    window.close()


def _error_for(window, dialogs, path: Path) -> str:
    assert not window.files.open_path(path, ask=False)
    title, text = dialogs.errors[-1]
    assert str(path) in text
    assert "Traceback" not in text
    return text


def test_swedish_window_words_broken_files_in_swedish(swedish_empty_window, dialogs, tmp_path):
    window = swedish_empty_window
    path, place = _wrong_type(tmp_path)
    text = _error_for(window, dialogs, path)
    assert f"{place}: ska vara ett heltal" in text and "Input should" not in text

    text = _error_for(window, dialogs, _bad_category(tmp_path))
    assert "$.scenarios[0].units[3].category: ska vara något av 'governance'" in text
    assert " eller 'unknown'" in text and "Input should" not in text

    text = _error_for(window, dialogs, _future(tmp_path))
    assert "$.format_version: sparad av en nyare orgdesigner (format 999;" in text

    text = _error_for(window, dialogs, _truncated(tmp_path))
    assert "rad " in text and ", kolumn " in text and "inte giltig JSON" in text
    assert "line " not in text and "unexpected" not in text

    text = _error_for(window, dialogs, _twice(tmp_path))
    assert "nyckeln ”name” står två gånger i posten med id ”" in text and "appears twice" not in text
    text = _error_for(window, dialogs, _twice(tmp_path, in_entry=False))
    assert "nyckeln ”title” står två gånger i samma objekt" in text and "appears twice" not in text


def test_english_window_keeps_plain_english(window, dialogs, tmp_path):
    path, place = _wrong_type(tmp_path)
    text = _error_for(window, dialogs, path)
    assert f"{place}: must be a whole number" in text
    text = _error_for(window, dialogs, _truncated(tmp_path))
    assert "line " in text and "not valid JSON: the file is damaged or cut short" in text
    text = _error_for(window, dialogs, _twice(tmp_path))
    assert 'the key "name" appears twice in the entry with id "' in text
