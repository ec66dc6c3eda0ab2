"""`orgdesigner export … --to model.archimate.xml` and `orgdesigner import model.xml -o NEW.orgd`, as a user runs them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from orgdesigner.io.project.project_file import load_project
from orgdesigner.resources import example_path
from tests.io.exchange.archimate_schema import assert_valid


def run_cli(*args: str) -> subprocess.CompletedProcess:
    lang = ["--lang", "en"] if args[0] == "import" else []  # the messages asserted are the English ones
    return subprocess.run([sys.executable, "-m", "orgdesigner", *args, *lang], capture_output=True, text=True, timeout=120)


def test_export_by_suffix_or_flag_then_import_gives_the_scenario_back(tmp_path):
    example = str(example_path())
    by_suffix, by_flag = tmp_path / "koncern.archimate.xml", tmp_path / "koncern.model"
    out = run_cli("export", example, "--scenario", "Koncern 2018", "--to", str(by_suffix))
    assert out.returncode == 0, out.stderr
    out = run_cli("export", example, "--scenario", "Koncern 2018", "--format", "archimate", "--to", str(by_flag))
    assert out.returncode == 0, out.stderr
    assert by_suffix.read_bytes() == by_flag.read_bytes()
    assert_valid(by_suffix.read_bytes())
    project = tmp_path / "from-archi.orgd"
    out = run_cli("import", str(by_suffix), "-o", str(project))
    assert out.returncode == 0, out.stderr
    assert "skipped 1 × view (the chart lays itself out)" in out.stderr
    original = load_project(example_path()).scenarios["koncern-2018"]
    back = load_project(project).scenarios["koncern-2018"]
    assert {u.id: (u.name, u.parent_id) for u in back.units.values()} == {u.id: (u.name, u.parent_id) for u in original.units.values()}
    assert back.assignments == original.assignments


def test_the_whole_project_goes_into_one_model_with_one_view_per_scenario(tmp_path):
    model = tmp_path / "alla.archimate.xml"
    out = run_cli("export", str(example_path()), "--all-scenarios", "--to", str(model))
    assert out.returncode == 0, out.stderr
    assert_valid(model.read_bytes())
    project = tmp_path / "alla.orgd"
    out = run_cli("import", str(model), "-o", str(project))
    assert out.returncode == 0, out.stderr
    assert list(load_project(project).scenarios) == list(load_project(example_path()).scenarios)


def test_a_file_that_is_not_an_exchange_model_exits_2_naming_file_and_line(tmp_path):
    bad = tmp_path / "units.xml"
    bad.write_text('<?xml version="1.0"?>\n<units><unit id="rs"/></units>\n', encoding="utf-8")
    out = run_cli("import", str(bad), "-o", str(tmp_path / "x.orgd"))
    assert out.returncode == 2
    assert f"{bad}: line 2: not an ArchiMate exchange model" in out.stderr
    assert not (tmp_path / "x.orgd").exists()


def test_actors_without_a_category_are_unknown_until_mapped(tmp_path):
    model = Path(__file__).parents[1] / "io" / "exchange" / "archimate_xsd" / "archisurance.xml"
    plain = tmp_path / "plain.orgd"
    out = run_cli("import", str(model), "-o", str(plain))
    assert out.returncode == 0, out.stderr
    assert "category unknown (the model does not say; set it with --actor-category" in out.stderr
    assert "Client" in out.stderr
    units = next(iter(load_project(plain).scenarios.values())).units.values()
    assert {u.category.value for u in units} == {"unknown"}  # not egenregi

    mapped = tmp_path / "mapped.orgd"
    out = run_cli("import", str(model), "-o", str(mapped), "--actor-category", "egenregi",
                  "--actor-category", "Client=privat utförare")
    assert out.returncode == 0, out.stderr
    assert "category unknown" not in out.stderr
    by_name = {u.name: u.category.value for u in next(iter(load_project(mapped).scenarios.values())).units.values()}
    assert by_name["Client"] == "private_provider" and by_name["Board"] == "own_provider"

    wrong = run_cli("import", str(model), "-o", str(tmp_path / "w.orgd"), "--actor-category", "Kund=egenregi")
    assert wrong.returncode == 2 and "'Kund', which is no Business Actor without a category" in wrong.stderr
    word = run_cli("import", str(model), "-o", str(tmp_path / "w.orgd"), "--actor-category", "marsian")
    assert word.returncode == 2 and "unknown category 'marsian'" in word.stderr
    assert not (tmp_path / "w.orgd").exists()


def test_an_archimate_2_1_file_is_named_as_such(tmp_path):
    old = tmp_path / "old.xml"
    old.write_text('<?xml version="1.0"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate" identifier="m">'
                   "<name>Gammal</name></model>\n", encoding="utf-8")
    out = run_cli("import", str(old), "-o", str(tmp_path / "x.orgd"))
    assert out.returncode == 2
    assert f"{old}: line 2: ArchiMate 2.1 exchange files are not supported; export as 3.x" in out.stderr
