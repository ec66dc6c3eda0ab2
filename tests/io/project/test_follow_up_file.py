"""A function marked as the follow-up of a vårdval function (format 6): saved, loaded, migrated,
checked, and edited only through undoable commands that keep the file loadable."""

from __future__ import annotations

import json

import pytest

from orgdesigner.io.errors import ProjectFileError
from orgdesigner.io.project.file_format import FORMAT_VERSION
from orgdesigner.io.project.migrations import migrate
from orgdesigner.io.project.project_file import parse_project, project_bytes
from orgdesigner.model import Document, Function, FunctionCategory
from orgdesigner.model.commands import RemoveFunction, SetFunctionField
from orgdesigner.model.commands.base import CommandError


def _with_follow_up(project):
    project.functions["uppf"] = Function("uppf", "Uppföljning av vårdgivare", FunctionCategory.MANAGEMENT,
                                         follows_up="vv")
    return project


def test_the_mark_survives_a_save_and_a_load(project):
    data = project_bytes(_with_follow_up(project))
    assert json.loads(data)["format_version"] == FORMAT_VERSION == 6
    again = parse_project(data)
    assert again.functions["uppf"].follows_up == "vv" and again.functions["vv"].follows_up is None
    assert project_bytes(again) == data


def test_a_version_5_file_migrates_to_functions_that_follow_nothing_up(project):
    data = json.loads(project_bytes(project))
    data["format_version"] = 5
    for function in data["functions"]:
        del function["follows_up"]
    assert all(f["follows_up"] is None for f in migrate(json.loads(json.dumps(data)), 5)["functions"])
    old = parse_project(json.dumps(data).encode())
    assert all(f.follows_up is None for f in old.functions.values())


@pytest.mark.parametrize("target, words", [("nope", "unknown function 'nope'"), ("uppf", "itself")])
def test_a_follow_up_of_nothing_or_of_itself_is_refused_naming_the_place(project, target, words):
    data = json.loads(project_bytes(_with_follow_up(project)))
    data["functions"][-1]["follows_up"] = target
    with pytest.raises(ProjectFileError) as caught:
        parse_project(json.dumps(data).encode())
    assert "$.functions[2].follows_up" in str(caught.value) and words in str(caught.value)


def test_set_and_undo_and_what_a_load_would_refuse_is_refused(project):
    doc = Document(project)
    command = SetFunctionField("lab", "follows_up", "vv")
    command.apply(doc)
    assert project.functions["lab"].follows_up == "vv"
    command.revert(doc)
    assert project.functions["lab"].follows_up is None
    for bad in ("lab", "nope"):
        with pytest.raises(CommandError):
            SetFunctionField("lab", "follows_up", bad).apply(doc)
    SetFunctionField("lab", "follows_up", None).apply(doc)  # the empty choice: none
    assert project.functions["lab"].follows_up is None


def test_removing_the_followed_function_clears_the_mark_and_undo_restores_it(project):
    doc = Document(_with_follow_up(project))
    remove = RemoveFunction("vv")
    remove.apply(doc)
    assert project.functions["uppf"].follows_up is None
    parse_project(project_bytes(project))  # still a file a load accepts
    remove.revert(doc)
    assert project.functions["uppf"].follows_up == "vv"
