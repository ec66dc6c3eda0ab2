"""The bundled example loads, and is exactly what tools/build_example.py builds (it never rots)."""

from __future__ import annotations

import importlib.util

from orgdesigner.io.project.project_file import load_project, project_bytes
from tests.conftest import EXAMPLE, ROOT


def _builder():
    spec = importlib.util.spec_from_file_location("build_example", ROOT / "tools" / "build_example.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_example_is_up_to_date_with_its_builder():
    assert project_bytes(_builder().build()) == EXAMPLE.read_bytes(), "run `make example`"


def test_example_has_the_three_scenarios_and_the_seed_decisions():
    project = load_project(EXAMPLE)
    assert [s.name for s in project.scenarios.values()] == [
        "Nuläge 2017",
        "Koncern 2018",
        "Intraprenad Åre/Krokom",
    ]
    for ref in ("LS/935/2009", "LS/42/2010", "RS/1039/2017", "RS/1042/2017"):
        assert ref in project.decisions
    assert str(project.decisions["LS/42/2010"].valid_until) == "2018-03-01"
