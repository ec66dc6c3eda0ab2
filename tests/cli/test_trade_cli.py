"""`orgdesigner trade`: the evaluation of the example's illustrative history, text and JSON."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from orgdesigner.cli import main
from tests.conftest import EXAMPLE, ROOT


def test_the_text_answers_the_three_questions_in_order(capsys):
    assert main(["trade", str(EXAMPLE), "--scenario", "Nuläge 2017", "--lang", "sv"]) == 0
    out = capsys.readouterr().out
    positions = [out.index(f"\n{n}. ") for n in (1, 2, 3)]
    assert positions == sorted(positions)
    assert "Illustrativ volymhistorik" in out and "skillnad i skillnader" in out and "95 % intervall" in out


def test_the_json_finds_the_planted_effects_and_every_key_is_documented(capsys):
    assert main(["trade", str(EXAMPLE), "--scenario", "nulage-2017", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    doc = (ROOT / "docs" / "trade-json.md").read_text("utf-8")
    for key in data:
        assert f'"{key}"' in doc, key
    events = {e["event"]: e for e in data["events"]}
    buyers = {b["buyer"]: b for b in data["per_buyer"]}
    assert buyers["hc-are"]["name"] == "Åre hälsocentral" and buyers["priv-a"]["kind"] == "private"
    assert set(buyers["hc-are"]["volume_per_1000"]["lab"]) == {str(y) for y in range(2010, 2018)}
    for key in events["pris-2013"]["estimate"]:
        assert f'"{key}"' in doc, key
    pricing, feedback = events["pris-2013"]["estimate"], events["aterkoppling-lab-2015"]["estimate"]
    assert pricing["low"] <= -0.12 <= pricing["high"] and pricing["claim"] == "decrease"  # tools/example_history.py
    assert feedback["low"] <= -0.08 <= feedback["high"] and feedback["claim"] == "decrease"
    assert data["what_if"]["response_free"]["source"] == "estimated"
    assert data["what_if"]["response_fixed"]["source"] == "assumed"
    assert [a["question"] for a in data["answers"]] == [1, 2, 3] and all(a["answered"] for a in data["answers"])


def test_without_a_history_it_says_the_history_cannot_answer(tmp_path: Path, capsys):
    project = tmp_path / "p.orgd"
    shutil.copy(EXAMPLE, project)
    data = json.loads(project.read_text("utf-8"))
    del data["trade_history"]
    project.write_text(json.dumps(data), "utf-8")
    assert main(["trade", str(project), "--scenario", "nulage-2017", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["years"] == [] and not any(a["answered"] for a in out["answers"][:2])
    assert main(["trade", str(project), "--scenario", "nulage-2017", "--lang", "en"]) == 0
    assert "no volume history" in capsys.readouterr().out


def test_an_unknown_scenario_is_bad_input(capsys):
    assert main(["trade", str(EXAMPLE), "--scenario", "nope"]) == 2
    assert re.search(r"unknown scenario 'nope'", capsys.readouterr().err)
