"""A save never writes what a load refuses (issue 31): before writing, the save reads its own
bytes back with the loader's validator and refuses with a message naming the field, writing
nothing; the previous file and its `.bak` stay as they were."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from orgdesigner.io.errors import ProjectFileError
from orgdesigner.io.project.project_file import load_project, save_project
from orgdesigner.io.project.recovery import write_recovery
from orgdesigner.model.case import CaseInfo, Signatory
from orgdesigner.model.dotted import DottedLine
from orgdesigner.model.entities import Project
from orgdesigner.model.trade import Service
from tests.conftest import small_project


def _service_name(project: Project) -> None:
    project.scenarios["now"].trade.services["lab"] = Service("lab", "x" * 600, "hc1")


def _signatory(project: Project) -> None:
    project.case = dataclasses.replace(project.case, signatories=(Signatory("", "Regiondirektör"),))


def _dotted_to_itself(project: Project) -> None:
    project.scenarios["now"].units["hc1"].dotted_lines = (DottedLine("hc1"),)


def _unknown_decision(project: Project) -> None:
    project.scenarios["now"].units["hc1"].decisions = ("LS/9/2099",)


def _span(project: Project) -> None:
    project.settings.span_of_control_max = 0


@pytest.mark.parametrize(("damage", "field"), [
    (_service_name, "$.scenarios[0].trade.services[0].name"),
    (_signatory, "$.case.signatories[0].name"),
    (_dotted_to_itself, "$.scenarios[0].units[3].dotted[0].to"),
    (_unknown_decision, "$.scenarios[0].units[3].decisions[0]"),
    (_span, "$.settings.span_of_control_max"),
])
def test_a_project_the_loader_would_refuse_is_not_written(tmp_path: Path, damage, field: str) -> None:
    path = tmp_path / "plan.orgd"
    project = small_project()
    save_project(project, path)
    save_project(project, path)  # now there is a .bak too
    file_before, bak_before = path.read_bytes(), (tmp_path / "plan.orgd.bak").read_bytes()
    damage(project)  # written past the commands, as a bug or a script could
    with pytest.raises(ProjectFileError) as caught:
        save_project(project, path)
    assert field in str(caught.value) and "nothing was written" in str(caught.value)
    # the second save did not put an unopenable file in place, nor move the good one to .bak
    assert path.read_bytes() == file_before
    assert (tmp_path / "plan.orgd.bak").read_bytes() == bak_before
    load_project(tmp_path / "plan.orgd.bak")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.orgd", "plan.orgd.bak"]


def test_an_autosave_of_such_a_project_writes_no_unopenable_recovery_copy(tmp_path: Path) -> None:
    project = small_project()
    project.case = CaseInfo(receivers=("",))
    with pytest.raises(ProjectFileError, match=r"\$\.case\.receivers\[0\]"):
        write_recovery(project, None, "s1", tmp_path)
    assert list(tmp_path.iterdir()) == []


def _nan_price(project: Project) -> None:
    project.scenarios["now"].trade.services["lab"] = Service("lab", "Lab", "hc1", price_sek=float("nan"))


def _infinite_cap(project: Project) -> None:
    project.scenarios["now"].economy.cap_sek = float("inf")


def _huge_conflict_value(project: Project) -> None:
    from orgdesigner.model.conflicts import MergeConflict

    conflict = MergeConflict("field", ("unit", "now", "hc1"), "listed_patients", 1, 2, 3)
    object.__setattr__(conflict, "ours", 2**70)  # past the record's own check, as a bug could
    object.__setattr__(conflict, "theirs", float("nan"))
    project.conflicts = [conflict]


@pytest.mark.parametrize(("damage", "field"), [
    (_nan_price, "$.scenarios[0].trade.services[0].price_sek"),
    (_infinite_cap, "$.scenarios[0].economy.cap_sek"),
    (_huge_conflict_value, "$.conflicts[0].ours"),
])
def test_a_number_json_would_write_as_null_or_not_at_all_is_refused(tmp_path: Path, damage, field: str) -> None:
    path = tmp_path / "plan.orgd"
    project = small_project()
    save_project(project, path)
    before = path.read_bytes()
    damage(project)
    with pytest.raises(ProjectFileError) as caught:
        save_project(project, path)
    assert field in str(caught.value) and "nothing was written" in str(caught.value)
    assert path.read_bytes() == before


def test_a_key_written_twice_in_a_project_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "plan.orgd"
    save_project(small_project(), path)
    text = path.read_text(encoding="utf-8")
    merged = text.replace('"name": "Frösö hälsocentral",', '"name": "Frösö hälsocentral",\n          "name": "Frösön",', 1)
    assert merged != text
    path.write_text(merged, encoding="utf-8")
    with pytest.raises(ProjectFileError, match="\"name\" appears twice in one object of the entry with id 'hc2'"):
        load_project(path)
