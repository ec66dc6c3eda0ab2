"""Every `# type: ignore[code]` says why beside it, as `# type: ignore[code]  # why` (the form mypy
accepts): a silenced type check a reader cannot judge is a bug waiting. Ruff's PGH003 refuses the
blanket `# type: ignore`; this test wants the reason too."""

from __future__ import annotations

import re
import tokenize
from pathlib import Path

from tests.conftest import ROOT

FOLDERS = ("orgdesigner", "tests", "benchmarks", "tools")
IGNORE = re.compile(r"type:\s*ignore\b(?P<rest>.*)")
WITH_REASON = re.compile(r"\[[\w\-, ]+\]\s+#\s*(?!noqa\b)[^\s#]")


def _unexplained(path: Path) -> list[tuple[int, str]]:
    """(line, comment) of each type: ignore without its code and reason."""
    out = []
    with tokenize.open(path) as source:  # comments only: a string that mentions it is fine
        for token in tokenize.generate_tokens(source.readline):
            if token.type != tokenize.COMMENT:
                continue
            found = IGNORE.search(token.string)
            if found and not WITH_REASON.match(found.group("rest")):
                out.append((token.start[0], token.string))
    return out


def test_every_type_ignore_names_its_code_and_says_why() -> None:
    files = [p for folder in FOLDERS for p in sorted((ROOT / folder).rglob("*.py"))]
    assert len(files) > 100  # the folders were found
    unexplained = [f"{p.relative_to(ROOT)}:{n}: {c}" for p in files for n, c in _unexplained(p)]
    assert not unexplained, "write `# type: ignore[code]  # why`:\n" + "\n".join(unexplained)


def test_the_check_sees_a_missing_reason(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("x = 1  # type: ignore[assignment]\ny = 2  # type: ignore[misc]  # a reason\n"
                      "w = 4  # type: ignore[misc]  # noqa: E501\n"
                      "z = 3  # type: ignore\ns = '# type: ignore[misc]'\n", encoding="utf-8")
    assert [line for line, _ in _unexplained(sample)] == [1, 3, 4]
