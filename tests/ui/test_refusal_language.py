"""Each refusal a planner can cause, in the real window: Swedish in a Swedish window (no English
word left), English in an English one. The commands are pushed the way the window's editors push
them (`controller.push`); the message is read from the status bar, where the window shows it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from orgdesigner.model.commands import (
    AddDecision,
    AddDottedLine,
    AddUnit,
    MoveUnit,
    RemoveDecision,
    SetFunctionField,
)
from orgdesigner.model.commands.conflicts import DropConflict
from orgdesigner.model.commands.refusals import Refusal
from orgdesigner.model.commands.trade import AddService, RemoveService, SetFlowField
from orgdesigner.model.commands.trade_history import SetTradeHistory
from orgdesigner.model.conflicts import MergeConflict
from orgdesigner.model.dotted import DottedLine
from orgdesigner.model.entities import Decision
from orgdesigner.model.trade_history import EventKind, TradeEvent
from tests.refusal_words import foreign_words

SCENARIO = "koncern-2018"  # a proposal: edits go straight in (the current state asks for a copy first)


def _units(window):
    scenario = window.controller.project.scenarios[SCENARIO]
    child = next(u for u in scenario.units.values() if u.parent_id is not None and scenario.units[u.parent_id].parent_id)
    return scenario, child, scenario.units[child.parent_id]


def _unit_exists(window):
    _, child, _ = _units(window)
    return AddUnit(SCENARIO, replace(child, name="Ny"), None), (child.id,)


def _reporting_cycle(window):
    _, child, parent = _units(window)
    return MoveUnit(SCENARIO, parent.id, child.id), (child.name, parent.name)


def _dotted_to_own_manager(window):
    _, child, parent = _units(window)
    return AddDottedLine(SCENARIO, child.id, DottedLine(parent.id)), (child.name, parent.name)


def _dotted_to_itself(window):
    _, child, _ = _units(window)
    return AddDottedLine(SCENARIO, child.id, DottedLine(child.id)), (child.name,)


def _decision_exists(window):
    ident = next(iter(window.controller.project.decisions))
    return AddDecision(Decision(ident, "Ett till")), (ident,)


def _decision_in_use(window):
    project = window.controller.project
    ident = next(d for d in project.decisions
                 if any(d in u.decisions for s in project.scenarios.values() for u in s.units.values()))
    names = {n for s in project.scenarios.values() for u in s.units.values() if ident in u.decisions for n in (u.name, s.name)}
    return RemoveDecision(ident), (ident, *names)


def _function_follows_itself(window):
    ident = next(iter(window.controller.project.functions))
    return SetFunctionField(ident, "follows_up", ident), ()


def _conflict_settled(window):
    return DropConflict(MergeConflict("field", ("unit", SCENARIO, "x"), "name", "a", "b", "c")), ()


def _service_exists(window):
    scenario = window.controller.project.scenarios[SCENARIO]
    service = next(iter(scenario.trade.services.values()))
    return AddService(SCENARIO, service), (service.id,)


def _pna_in_use(window):
    scenario = window.controller.project.scenarios[SCENARIO]
    services = list(scenario.trade.services.values())
    window.controller.push(AddService(SCENARIO, replace(services[1], id="ny-tjanst", name="Ny tjänst",
                                                        pna_alternative=services[0].id)))
    return RemoveService(SCENARIO, services[0].id), (services[0].id, "Ny tjänst")


def _flow_exists(window):
    """A flow's buyer changed to one that already buys the service."""
    flows = list(window.controller.project.scenarios[SCENARIO].trade.flows)
    first, other = next((a, b) for a in flows for b in flows if a[1] == b[1] and a[0] != b[0])
    return SetFlowField(SCENARIO, first, "buyer_id", other[0]), other


def _event_without_date(window):
    project = window.controller.project
    history = replace(project.trade_history, events=(
        *project.trade_history.events, TradeEvent("e-ny", EventKind.FEEDBACK, on=None, supplier=None, buyers=("x",))))
    return SetTradeHistory(history), ("e-ny",)


def _unknown_supplier(window):
    scenario = window.controller.project.scenarios[SCENARIO]
    service = next(iter(scenario.trade.services.values()))
    return AddService(SCENARIO, replace(service, id="ny", name="Ny tjänst", supplier_id="borta")), ("Ny tjänst", "borta")


CASES: dict[Refusal, Callable] = {
    Refusal.EXISTS: _unit_exists,
    Refusal.REPORTING_CYCLE: _reporting_cycle,
    Refusal.DOTTED_IN_LINE: _dotted_to_own_manager,
    Refusal.DOTTED_SELF: _dotted_to_itself,
    Refusal.IN_USE: _decision_in_use,
    Refusal.FOLLOWS_ITSELF: _function_follows_itself,
    Refusal.CONFLICT_SETTLED: _conflict_settled,
    Refusal.PNA_IN_USE: _pna_in_use,
    Refusal.FLOW_EXISTS: _flow_exists,
    Refusal.EVENT_DATE: _event_without_date,
    Refusal.UNKNOWN_REFERENCE: _unknown_supplier,
}
CASES_MORE = {"decision_exists": _decision_exists, "service_exists": _service_exists}


@pytest.fixture(params=["sv", "en"])
def lang_window(request):
    window = request.getfixturevalue("swedish_window" if request.param == "sv" else "english_window")
    window.controller.set_current_scenario(SCENARIO)
    return request.param, window


@pytest.mark.parametrize("case", [*CASES, *CASES_MORE], ids=str)
def test_a_refusal_is_said_in_the_window_language(case, lang_window, qtbot) -> None:
    lang, window = lang_window
    command, quoted = (CASES.get(case) or CASES_MORE[case])(window)
    steps = window.controller.undo_stack.count()
    with qtbot.waitSignal(window.controller.statusMessage) as said:
        assert not window.controller.push(command)
    message = said.args[0]
    assert window.statusBar().currentMessage() == message
    assert window.controller.undo_stack.count() == steps
    assert message and foreign_words(message, lang, keep=tuple(quoted)) == [], message
    if isinstance(case, Refusal):  # the sentence of its kind, not some other message
        from orgdesigner.model.commands.refusals import words

        sentence = words(case)[0 if lang == "sv" else 1]
        first = sentence.split("{")[0].strip() or sentence.split("}")[1].split("{")[0].strip()
        assert first.casefold() in message.casefold()


def _bom_then_cp1252(path: Path) -> None:
    path.write_bytes(b"\xef\xbb\xbfEnhets-ID;Namn;Chef\n" + "1;Åre HC;\n".encode("cp1252"))


@pytest.mark.parametrize("write", [_bom_then_cp1252, lambda p: p.write_bytes(b"\xff\xfeE\x00n\x00h"),
                                   lambda p: p.write_bytes(b""), lambda p: p.write_bytes(b"\x00\x01" * 50)],
                         ids=["mixed_encodings", "cut_utf16", "empty", "binary"])
def test_the_import_dialogs_say_why_a_table_cannot_be_read_in_the_window_language(write, lang_window, tmp_path) -> None:
    from orgdesigner.ui.exchange.history_import import HistoryImportDialog
    from orgdesigner.ui.exchange.import_dialog import ImportDialog

    lang, window = lang_window
    path = tmp_path / "enheter.csv"
    write(path)
    for dialog in (ImportDialog(window.controller, window, lang), HistoryImportDialog(window.controller, window, lang)):
        assert not dialog.load(path)
        text = dialog.summary.text()
        assert text.startswith(f"{path}: ")
        assert foreign_words(text, lang, keep=(str(path),)) == [], text
        dialog.deleteLater()


def test_a_template_that_cannot_apply_says_why_in_swedish(swedish_window) -> None:
    from orgdesigner.model.commands.base import CommandError
    from orgdesigner.model.commands.refusals import Both
    from orgdesigner.ui.command_text import error_text

    error = CommandError(Refusal.TEMPLATE_FAILED, template=Both("Koncern", "Group"),
                         reason=CommandError(Refusal.NOTHING_ABOVE, name="Region"))
    assert error_text(error) == ("Mallen Koncern kan inte användas här: Det finns ingen enhet ovanför ”Region” "
                                 "att flytta ut enheter till.")
    assert str(error) == "template Group: no unit above “Region” to move units out to"


def test_a_word_template_that_is_no_word_document_is_refused_in_the_window_language(lang_window, qtbot, tmp_path) -> None:
    from orgdesigner.ui.exchange.export_dialog import ExportDialog

    lang, window = lang_window
    dialog = ExportDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(".docx"))
    for bad in (tmp_path / "mall.docx", tmp_path / "saknas.docx"):
        if bad.name == "mall.docx":
            bad.write_text("ingen mall", encoding="utf-8")
        dialog.template.setText(str(bad))
        dialog.path.setText(str(tmp_path / "paper.docx"))
        with qtbot.waitSignal(dialog.exportFailed, timeout=5_000) as failed:
            dialog.start_export()
        assert failed.args[0].startswith(f"{bad}: ")
        assert foreign_words(failed.args[0], lang, keep=(str(bad), "Word", ".docx", ".dotx")) == [], failed.args[0]


@pytest.mark.parametrize("errno_", ["EACCES", "ENOSPC", "EROFS"])
def test_a_file_that_cannot_be_written_says_why_in_the_window_language(errno_, lang_window, monkeypatch, tmp_path) -> None:
    import errno
    import os

    from orgdesigner.ui import files

    lang, window = lang_window

    def refuse(*_args, **_kwargs):
        raise OSError(getattr(errno, errno_), os.strerror(getattr(errno, errno_)))

    monkeypatch.setattr(files, "save_project", refuse)
    assert not window.files.save_as(tmp_path / "plan.orgd")
    _title, text = window.files.dialogs.errors[-1]
    reason = text.split(": ", 1)[1].split("\n")[0]
    assert reason and foreign_words(reason, lang) == [], reason
    if lang == "sv":  # the system's English is not passed through
        assert os.strerror(getattr(errno, errno_)) not in text
