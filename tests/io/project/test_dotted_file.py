"""Dotted lines and the top management setting in the project file (format 2, from 1 by migration)."""

from __future__ import annotations

import json

import pytest

from orgdesigner.io.errors import ProjectFileError
from orgdesigner.io.project.file_format import FORMAT_VERSION
from orgdesigner.io.project.migrations import migrate
from orgdesigner.io.project.project_file import parse_project, project_bytes
from orgdesigner.model import DottedKind, DottedLine

LINE = DottedLine("best", DottedKind.AGREEMENT, "utvecklingsuppdrag", "RS/1039/2017")


def test_lines_and_top_management_survive_a_save(project):
    project.scenarios["now"].units["hc1"].dotted_lines = (LINE, DottedLine("hc2"))
    project.settings.top_management = "rs"
    data = json.loads(project_bytes(project))
    hc1 = next(u for u in data["scenarios"][0]["units"] if u["id"] == "hc1")
    assert hc1["dotted"][0] == {"to": "best", "kind": "agreement", "note": "utvecklingsuppdrag", "decision": "RS/1039/2017"}
    assert "dotted" not in data["scenarios"][0]["units"][0]  # empty keys are left out
    again = parse_project(project_bytes(project))
    assert again.scenarios["now"].units["hc1"].dotted_lines == (LINE, DottedLine("hc2"))
    assert again.settings.top_management == "rs"
    assert project_bytes(again) == project_bytes(project)


def test_a_version_1_file_migrates_to_no_lines_and_a_derived_level(project):
    data = json.loads(project_bytes(project))
    data["format_version"] = 1
    del data["settings"]["top_management"]
    del data["case"]
    for s in data["scenarios"]:
        del s["proposal"]
    migrated = migrate(json.loads(json.dumps(data)), 1)
    assert migrated["format_version"] == FORMAT_VERSION
    assert migrated["settings"]["top_management"] is None
    assert all(u["dotted"] == [] for u in migrated["scenarios"][0]["units"])
    old = parse_project(json.dumps(data).encode())
    assert old.settings.top_management is None
    assert all(u.dotted_lines == () for u in old.scenarios["now"].units.values())


@pytest.mark.parametrize(
    ("dotted", "message"),
    [
        ([{"to": "ghost"}], "dotted line of unit 'hc1' to 'ghost', which does not exist"),
        ([{"to": "hc1"}], "dotted line of unit 'hc1' to itself"),
        ([{"to": "best"}, {"to": "best"}], "second dotted line of unit 'hc1' to 'best'"),
        ([{"to": "best", "kind": "dotty"}], "kind"),
    ],
)
def test_bad_lines_name_their_place(project, dotted, message):
    data = json.loads(project_bytes(project))
    hc1 = next(u for u in data["scenarios"][0]["units"] if u["id"] == "hc1")
    hc1["dotted"] = dotted
    with pytest.raises(ProjectFileError) as info:
        parse_project(json.dumps(data).encode())
    assert message in str(info.value)
    assert "units[3].dotted" in str(info.value)
