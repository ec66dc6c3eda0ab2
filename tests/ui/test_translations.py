"""The Swedish UI: every tr() string reaches the .ts, is translated, compiled, and shows up Swedish.

When a test here fails after adding UI text, run `make translations` and add the new strings to
resources/translations/sv_terms.json (tools/translate_sv.py lists the untranslated ones).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
)

from orgdesigner.ui.i18n import FallbackTranslator

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "orgdesigner" / "ui"
TS = ROOT / "resources" / "translations" / "orgdesigner_sv.ts"
QM = ROOT / "resources" / "translations" / "orgdesigner_sv.qm"
EXAMPLE = ROOT / "examples" / "jamtland-primarvard-2017.orgd"
BIN = Path(sys.executable).parent
FIX = "run `make translations` and add the Swedish to resources/translations/sv_terms.json"


def _tool(name: str) -> str:
    path = BIN / name
    found = str(path) if path.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _ui_sources() -> list[str]:
    return [str(p) for p in sorted(UI.rglob("*.py"))]


def _messages(ts: Path) -> dict[tuple[str, str], list[str] | None]:
    """(context, source) -> finished translation forms, or None when unfinished or empty."""
    out: dict[tuple[str, str], list[str] | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, message.findtext("source") or "")] = forms if finished and all(f.strip() for f in forms) else None
    return out


def _translated_sources() -> set[str]:
    """English sources whose Swedish differs: seeing one of these in the Swedish UI is a leftover."""
    return {src for (_ctx, src), forms in _messages(TS).items() if forms and "%n" not in src and forms[0] != src}


# -- the committed files ------------------------------------------------------------------------


def test_every_ui_string_in_the_source_is_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run([_tool("pyside6-lupdate"), *_ui_sources(), "-no-obsolete", "-locations", "none",
                    "-target-language", "sv_SE", "-ts", str(fresh)], check=True, capture_output=True)
    committed = _messages(TS)
    missing = sorted(key for key in _messages(fresh) if committed.get(key) is None)
    assert not missing, f"{len(missing)} UI string(s) without Swedish ({FIX}):\n" + "\n".join(
        f"  {ctx or '<empty>'}: {src!r}" for ctx, src in missing)


def test_committed_ts_agrees_with_the_table() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import translate_sv
    finally:
        sys.path.remove(str(ROOT / "tools"))
    text, unfinished = translate_sv.fill(TS.read_text(encoding="utf-8"), translate_sv.load_table())
    assert not unfinished, f"untranslated: {unfinished} ({FIX})"
    assert text == TS.read_text(encoding="utf-8"), f"sv_terms.json changed since the .ts was filled: {FIX}"


def test_table_refuses_a_lost_placeholder_or_accelerator() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from translate_sv import TableError, check_entry
    finally:
        sys.path.remove(str(ROOT / "tools"))
    check_entry("X", "&Save %1", "&Spara %1", numerus=False)
    for bad in ("Spara %1", "&Spara", "&Spa&ra %1"):
        with pytest.raises(TableError):
            check_entry("X", "&Save %1", bad, numerus=False)
    with pytest.raises(TableError):
        check_entry("X", "%n unit(s)", "%n enheter", numerus=True)


def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert QM.read_bytes() == fresh.read_bytes(), f"orgdesigner_sv.qm is older than orgdesigner_sv.ts: {FIX}"


def test_every_tr_call_is_visible_to_lupdate(tmp_path: Path) -> None:
    """tr(f"…"), tr("…" + x), tr(variable) and other.tr("…") never reach the .ts (or get the wrong context)."""
    problems: list[str] = []
    literals: set[str] = set()
    plural: set[str] = set()  # called with a count n: must be a numerus message in the .ts
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        wrappers = {id(arg) for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.Lambda))
                    for arg in ast.walk(node) if _is_wrapper_body(node, arg)}
        for node in ast.walk(tree):
            alias = _translation_alias(node)
            if alias is not None and alias not in ("tr", "translate"):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {alias!r} wraps translation; lupdate "
                                "reads only calls named tr(…) or translate(…): name it so")
            if not isinstance(node, ast.Call) or id(node) in wrappers:
                continue
            name = ast.unparse(node.func)
            last = name.rsplit(".", 1)[-1]
            where = f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:90]}"
            if last == "tr" and node.args:
                text = node.args[0]
                if name not in ("tr", "self.tr"):
                    problems.append(f"{where}  (use self.tr or QCoreApplication.translate('Class', …))")
            elif name in ("QCoreApplication.translate", "translate") and len(node.args) >= 2:
                text = node.args[1]
                if not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                    problems.append(f"{where}  (context must be a string literal)")
            else:
                continue
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                literals.add(text.value)
                if len(node.args) >= (3 if last == "tr" else 4) or any(k.arg == "n" for k in node.keywords):
                    plural.add(text.value)
            else:
                problems.append(f"{where}  (text must be one string literal; fill in with .replace('%1', …))")
    assert not problems, "translatable text lupdate cannot see:\n" + "\n".join(problems)
    fresh = tmp_path / "fresh.ts"
    subprocess.run([_tool("pyside6-lupdate"), *_ui_sources(), "-no-obsolete", "-locations", "none",
                    "-ts", str(fresh)], check=True, capture_output=True)
    extracted = {src for _ctx, src in _messages(fresh)}
    skipped = sorted(literals - extracted)
    assert not skipped, ("lupdate skipped these tr() strings (inside an f-string, or n given as a call such as "
                         "len(x): pass a plain name):\n" + "\n".join(map(repr, skipped)))
    numerus = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message") if m.get("numerus") == "yes"}
    singular = sorted(plural - numerus)
    assert not singular, ("called with a count n, but lupdate filed them without plural forms, so Swedish plurals "
                          "would stay English (use self.tr(text, '', n) in a class, or .replace('%1', str(n))):\n"
                          + "\n".join(map(repr, singular)))


def _translation_alias(node: ast.AST) -> str | None:
    """The name of `x = QCoreApplication.translate`, `x = self.tr`, `x = lambda s: translate(…, s)` or
    `def x(text): return translate(…, text)`; None for anything else."""
    if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
        value = node.value
        if isinstance(value, ast.Attribute) and value.attr in ("translate", "tr"):
            return node.targets[0].id
        if isinstance(value, ast.Lambda) and any(_is_wrapper_body(value, n) for n in ast.walk(value)):
            return node.targets[0].id
    if isinstance(node, ast.FunctionDef) and any(_is_wrapper_body(node, n) for n in ast.walk(node)):
        return node.name
    return None


def _is_wrapper_body(function: ast.FunctionDef | ast.Lambda, node: ast.AST) -> bool:
    """translate("Ctx", text) inside `def tr(text)` / `lambda s: translate("Ctx", s)`: the helper itself."""
    if not (isinstance(node, ast.Call) and len(node.args) >= 2 and isinstance(node.args[1], ast.Name)):
        return False
    params = {a.arg for a in function.args.args}
    return node.args[1].id in params and ast.unparse(node.func).endswith("translate")


# -- the running application --------------------------------------------------------------------


def _menu_titles(window) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def _action_texts(window) -> dict[str, list[str]]:
    return {a.text().replace("&", ""): [x.text().replace("&", "") for x in a.menu().actions() if not x.isSeparator()]
            for a in window.menuBar().actions() if a.menu() is not None}


def _tab_titles(window) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_swedish_window_speaks_swedish(swedish_window) -> None:
    titles = _menu_titles(swedish_window)
    assert titles[:3] == ["Arkiv", "Redigera", "Visa"] and titles[-1] == "Hjälp"
    actions = _action_texts(swedish_window)
    assert {"Ny", "Öppna…", "Spara", "Spara som…", "Avsluta"} <= set(actions["Arkiv"])
    assert {"Ångra", "Gör om", "Klipp ut", "Kopiera", "Klistra in", "Ta bort", "Byt namn"} <= set(actions["Redigera"])
    assert {"Zooma in", "Zooma ut", "Anpassa till fönstret"} <= set(actions["Visa"])
    assert {"Organisationsschema", "Ansvarsmatris", "Internhandel", "Jämför scenarier"} <= set(_tab_titles(swedish_window))
    docks = {d.windowTitle() for d in swedish_window.findChildren(QDockWidget)}
    assert {"Egenskaper", "Fynd"} <= docks
    # Bare tr() helpers (lupdate: empty context) reach the screen through the fallback.
    from orgdesigner.model.enums import UnitCategory
    from orgdesigner.ui.chart.style import category_label

    assert category_label(UnitCategory.PURCHASER) == "Beställarenhet"


def test_numerus_and_placeholders_in_swedish(swedish) -> None:
    assert QCoreApplication.translate("MainWindow", "%n unit(s)", "", 1) == "1 enhet"
    assert QCoreApplication.translate("MainWindow", "%n unit(s)", "", 33) == "33 enheter"
    assert QCoreApplication.translate("MatrixView", "Paste %n role(s)", "", 2) == "Klistra in 2 roller"
    one = QCoreApplication.translate("ConflictPanel", "%n merge conflict(s). The file holds the value marked ✓ "
                                     "(ours unless only theirs kept it); the analysis runs on those values "
                                     "until you choose.", "", 1)
    assert one.startswith("1 sammanslagningskonflikt. ")
    assert QCoreApplication.translate("ImportDialog", "%n bad row(s)", "", 1) == "1 felaktig rad"
    assert QCoreApplication.translate("MainWindow", "%n warning(s)", "", 1) == "1 varning"
    # Qt's own Swedish comes along for standard buttons.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"


def test_no_english_left_on_the_swedish_window(swedish_window) -> None:
    """Every text on screen that has a Swedish translation shows it (catches wrong contexts)."""
    english = _translated_sources()
    seen: dict[str, str] = {}
    w = swedish_window

    def note(text: str | None, where: str) -> None:
        if text and text in english:
            seen.setdefault(text, where)

    for menu in w.findChildren(QMenu):
        note(menu.title(), "menu")
        for action in menu.actions():
            note(action.text(), f"action in {menu.title()}")
            note(action.toolTip(), "tooltip")
    for tabs in w.findChildren(QTabWidget):
        for i in range(tabs.count()):
            note(tabs.tabText(i), "tab")
    for dock in w.findChildren(QDockWidget):
        note(dock.windowTitle(), "dock")
    for label in w.findChildren(QLabel):
        note(label.text(), "label")
    for button in w.findChildren(QAbstractButton):
        note(button.text(), "button")
        note(button.toolTip(), "button tooltip")
    for box in w.findChildren(QGroupBox):
        note(box.title(), "group box")
    for edit in w.findChildren(QLineEdit):
        note(edit.placeholderText(), "placeholder")
    for combo in w.findChildren(QComboBox):
        for i in range(combo.count()):
            note(combo.itemText(i), "combo item")
    for view in w.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # list models keep columnCount private: no column headers
            continue
        for col in range(min(columns, 50)):
            note(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole), "column header")
    assert not seen, "English on the Swedish window: " + ", ".join(f"{t!r} ({w})" for t, w in sorted(seen.items()))


def test_english_window_speaks_english(english_window) -> None:
    titles = _menu_titles(english_window)
    assert titles[:3] == ["File", "Edit", "View"] and titles[-1] == "Help"
    assert {"Organisation chart", "Responsibility matrix", "Internal trade"} <= set(_tab_titles(english_window))
    assert {"Save", "Save As…", "Quit"} <= set(_action_texts(english_window)["File"])


def test_undo_steps_are_named_in_swedish(swedish) -> None:
    from orgdesigner.model.commands import Action, Description, Subject
    from orgdesigner.ui.command_text import command_text

    assert command_text(Description(Action.CHANGE, Subject.UNIT, field="budget_sek")) == "Ändra budget"
    assert command_text(Description(Action.DELETE, Subject.UNIT, count=3)) == "Ta bort 3 enheter"
    assert command_text(Description(Action.CHANGE, Subject.SCENARIO, field="effective_date")) == \
        "Ändra scenario: datum för ikraftträdande"
    assert command_text(Description(Action.ADD, Subject.UNIT, name="Brunflo hälsocentral")) == "Lägg till Brunflo hälsocentral"
    assert command_text(Description.named("Klistra in 2 enheter")) == "Klistra in 2 enheter"  # worded by the UI


def test_undo_history_shows_swedish_step_names(swedish_window) -> None:
    from orgdesigner.model.commands import SetUnitField

    ctl = swedish_window.controller
    unit = next(iter(ctl.scenario.units))
    ctl.push(SetUnitField(ctl.scenario.id, [unit], "notes", "x"))
    assert ctl.undo_stack.undoText() == "Ändra anteckningar"


def test_refusals_are_shown_in_swedish(swedish_window, qtbot) -> None:
    from orgdesigner.model.commands import MoveUnit

    ctl = swedish_window.controller
    units = ctl.scenario.units
    child = next(u for u in units.values() if u.parent_id is not None)
    with qtbot.waitSignal(ctl.statusMessage) as blocker:
        assert not ctl.push(MoveUnit(ctl.scenario.id, child.parent_id, child.id))
    assert blocker.args[0].startswith(f"{units[child.parent_id].name} kan inte flyttas under {child.name}")
    ctl.select_units([child.id])
    edit = swedish_window.properties.figures["listed_patients"]
    edit.setText("många")
    with qtbot.waitSignal(ctl.statusMessage) as blocker:
        edit.editingFinished.emit()
    assert blocker.args[0] == "Ogiltigt värde för listade patienter: 'många'"


def test_fallback_translator_prefers_the_own_context(qapp, tmp_path: Path) -> None:
    ts = tmp_path / "t.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="sv_SE">'
        "<context><name></name><message><source>Delete</source><translation>Radera</translation></message></context>"
        "<context><name>Chart</name><message><source>Delete</source><translation>Ta bort</translation></message>"
        "</context></TS>", encoding="utf-8")
    qm = tmp_path / "t.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = FallbackTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("Chart", "Delete") == "Ta bort"
        assert QCoreApplication.translate("Compare", "Delete") == "Radera"
        assert QCoreApplication.translate("Compare", "Keep") == "Keep"
    finally:
        qapp.removeTranslator(translator)
