"""The conflict dock: a merged file's conflicts with both values; choosing is one undo step;
saving with conflicts left keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgdesigner.io.merging.merge import merge_projects
from orgdesigner.io.project.project_file import load_project, save_project
from orgdesigner.model.commands import MoveUnit, SetUnitField
from tests.io.merging.test_merge import S, sides
from tests.ui.window_fixtures import make_window


@pytest.fixture
def merged_path(tmp_path) -> Path:
    base, ours, theirs = sides(
        [SetUnitField(S, ["best"], "name", "Beställarenheten (Anna)"), MoveUnit(S, "best", "digi")],
        [SetUnitField(S, ["best"], "name", "Beställarenheten (Bertil)"), MoveUnit(S, "digi", "best"),
         SetUnitField(S, ["rd"], "budget_sek", 1_500_000)],
    )
    result = merge_projects(base, ours, theirs, "Anna", "Bertil")
    path = tmp_path / "merged.orgd"
    save_project(result.project, path)
    return path


def test_the_dock_lists_conflicts_and_choosing_is_undoable(qtbot, dialogs, settings, recovery_dir, merged_path, tmp_path):
    window = make_window(qtbot, dialogs, settings, merged_path)
    dock = window.conflict_dock
    assert dock.isVisible()
    panel = dock.widget()
    assert panel.tree.topLevelItemCount() == 2
    texts = [" | ".join(panel.tree.topLevelItem(i).text(c) for c in range(5)) for i in range(2)]
    assert any("Anna: Beställarenheten (Anna) ✓" in t and "Bertil: Beställarenheten (Bertil)" in t for t in texts), texts
    assert any("reporting loop" in t for t in texts), texts
    assert "analysis runs on those values" in panel.heading.text()
    assert panel.heading.text().startswith("2 merge conflicts. ")

    name_row = next(i for i, t in enumerate(texts) if "(Anna)" in t)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(name_row))
    assert window.controller.selection == ["best"]  # selected on the chart
    panel.take_button.click()
    units = window.controller.project.scenarios[S].units
    assert units["best"].name == "Beställarenheten (Bertil)" and panel.tree.topLevelItemCount() == 1
    assert panel.heading.text().startswith("1 merge conflict. ")  # one, not "1 … conflicts"
    window.controller.undo_stack.undo()
    assert units["best"].name == "Beställarenheten (Anna)" and panel.tree.topLevelItemCount() == 2

    # saving with conflicts left keeps them in the file
    out = tmp_path / "saved.orgd"
    assert window.save_as(out)
    assert len(load_project(out).conflicts) == 2
    from orgdesigner.ui.dialogs import DISCARD

    dialogs.save_answer = DISCARD
    window.close()


def test_taking_the_deletion_of_the_scenario_on_screen_in_the_window(qtbot, dialogs, settings, recovery_dir, tmp_path):
    """Anna deleted Nuläge 2017, Bertil renamed it: taking Anna's side removes the scenario the
    window shows (the project is rebuilt from its entities); the window moves on to another
    scenario, and undo brings it back with the conflict."""
    from orgdesigner.model import Document
    from orgdesigner.model.commands.scenarios import RemoveScenario, SetScenarioField
    from tests.io.merging.test_merge import example

    base, anna, bertil = example(), Document(example()), Document(example())
    RemoveScenario(S).apply(anna)
    SetScenarioField(S, "name", "Nuläge 2017 (Bertil)").apply(bertil)
    result = merge_projects(base, anna.project, bertil.project, "Anna", "Bertil")
    [conflict] = [c for c in result.new_conflicts if c.entity == ("scenario", S)]
    path = tmp_path / "merged.orgd"
    save_project(result.project, path)
    window = make_window(qtbot, dialogs, settings, path)
    window.controller.set_current_scenario(S)
    panel = window.conflict_dock.widget()
    rows = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    panel.tree.setCurrentItem(next(r for r in rows if r.data(0, 0x0100) == conflict))
    assert "Anna" in panel.take_button.text()
    panel.take_button.click()
    controller = window.controller
    assert S not in controller.project.scenarios and controller.scenario_id in controller.project.scenarios
    assert conflict not in controller.project.conflicts
    qtbot.wait(50)
    controller.undo_stack.undo()
    assert controller.project.scenarios[S].name == "Nuläge 2017 (Bertil)" and conflict in controller.project.conflicts
    from orgdesigner.ui.dialogs import DISCARD

    dialogs.save_answer = DISCARD
    window.close()
