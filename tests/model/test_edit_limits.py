"""Every kind of edit and import meets the limits the loader keeps (issue 31, items 1 and 2): the
refusal comes at the edit, so nothing is accepted that a save or a load would then refuse."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from orgdesigner.io.project.project_file import parse_project, storable_bytes
from orgdesigner.model import Document, limits
from orgdesigner.model.case import CaseInfo, Signatory
from orgdesigner.model.commands import (
    AddDottedLine,
    AddScenario,
    AddService,
    AddUnit,
    Command,
    CommandError,
    ReplaceTrade,
    SetAcknowledgement,
    SetAssumption,
    SetFlowField,
    SetFlows,
    SetProjectField,
    SetScenarioField,
    SetServiceField,
    SetSettings,
    SetUnitField,
)
from orgdesigner.model.conflicts import MergeConflict
from orgdesigner.model.dotted import DottedLine
from orgdesigner.model.economy import EconomicRules
from orgdesigner.model.entities import AnalysisSettings, Scenario, Unit
from orgdesigner.model.trade import Flow, InternalTrade, Service
from tests.conftest import small_project


def _doc() -> Document:
    doc = Document(small_project())
    AddService("now", Service("lab", "Lab", "hc1", price_sek=10.0)).apply(doc)
    SetFlows("now", [Flow("hc2", "lab", 100.0)]).apply(doc)
    return doc


def _economy(**changes: object) -> EconomicRules:
    return dataclasses.replace(EconomicRules(), **changes)  # type: ignore[arg-type]  # each test passes fields of EconomicRules with values of their types


def _scenario_with(unit: Unit) -> Scenario:
    scenario = Scenario("s2", "Förslag")
    scenario.units["a"] = Unit("a", "A")
    scenario.units[unit.id] = unit
    return scenario


# each: a command (made lazily: some refuse when made, some when applied) the loader would refuse
REFUSED: dict[str, object] = {
    "service name > 500": lambda: SetServiceField("now", "lab", "name", "x" * 600),
    "service id > 200": lambda: AddService("now", Service("i" * 201, "Lab 2", "hc1")),
    "service price > 1e15": lambda: SetServiceField("now", "lab", "price_sek", 1e300),
    "service price < 0": lambda: SetServiceField("now", "lab", "price_sek", -1),
    "service cost > 1e15": lambda: SetServiceField("now", "lab", "unit_cost_sek", "2e15"),
    "service price NaN": lambda: SetServiceField("now", "lab", "price_sek", float("nan")),
    "service price inf": lambda: SetServiceField("now", "lab", "price_sek", float("inf")),
    "service description > 100k": lambda: SetServiceField("now", "lab", "description", "d" * 100_001),
    "new service with a long name": lambda: AddService("now", Service("lab2", "x" * 501, "hc1")),
    "new service price inf": lambda: AddService("now", Service("lab2", "Lab 2", "hc1", price_sek=float("inf"))),
    "flow volume > 1e12": lambda: SetFlowField("now", ("hc2", "lab"), "volume", 5e12),
    "flows volume > 1e12": lambda: SetFlows("now", [Flow("hc1", "lab", 1e13)]),
    "trade replaced with a long name": lambda: ReplaceTrade("now", InternalTrade(services={"x": Service("x", "n" * 501, "hc1")})),
    "assumption note > 100k": lambda: SetAssumption("now", "note", "n" * 100_001),
    "assumption share > 1": lambda: SetAssumption("now", "pna_share", 1.5),
    "signatory without a name": lambda: SetProjectField("case", CaseInfo(signatories=(Signatory("", "Regiondirektör"),))),
    "signatory name > 500": lambda: SetProjectField("case", CaseInfo(signatories=(Signatory("s" * 501),))),
    "receiver empty": lambda: SetProjectField("case", CaseInfo(receivers=("",))),
    "receiver > 500": lambda: SetProjectField("case", CaseInfo(receivers=("r" * 600,))),
    "economy share > 1": lambda: SetScenarioField("now", "economy", _economy(surplus_share=1.5)),
    "economy cap NaN": lambda: SetScenarioField("now", "economy", _economy(cap_sek=float("nan"))),
    "economy cap inf": lambda: SetScenarioField("now", "economy", _economy(cap_sek=float("inf"))),
    "economy names an unknown decision": lambda: SetScenarioField("now", "economy", _economy(decisions=("LS/9/2099",))),
    "settings span 0": lambda: SetSettings(AnalysisSettings(span_of_control_max=0)),
    "settings layers > 10000": lambda: SetSettings(AnalysisSettings(layers_max=10_001)),
    "settings top management id > 200": lambda: SetSettings(AnalysisSettings(top_management="t" * 201)),
    "settings unknown severity": lambda: SetSettings(AnalysisSettings(severity_overrides={"R01": "fatal"})),
    "acknowledgement comment > 100k": lambda: SetAcknowledgement("now", "R01:hc1", "c" * 100_001),
    "acknowledgement empty finding key": lambda: SetAcknowledgement("now", "", "ok"),
    "unit decisions unknown": lambda: SetUnitField("now", ["hc1"], "decisions", ["LS/9/2099"]),
    "new unit names an unknown decision": lambda: AddUnit("now", Unit("x", "X", parent_id="rs", decisions=("nope",))),
    "new unit with a dotted line to itself": lambda: AddUnit("now", Unit("x", "X", parent_id="rs", dotted_lines=(DottedLine("x"),))),
    "new unit with a dotted line to nowhere": lambda: AddUnit("now", Unit("x", "X", parent_id="rs", dotted_lines=(DottedLine("gone"),))),
    "dotted line to a missing unit": lambda: AddDottedLine("now", "hc1", DottedLine("gone")),
    "scenario whose unit has a line to nowhere": lambda: AddScenario(_scenario_with(Unit("b", "B", parent_id="a", dotted_lines=(DottedLine("gone"),)))),
    "scenario whose unit has no parent": lambda: AddScenario(_scenario_with(Unit("b", "B", parent_id="gone"))),
    "scenario whose unit names an unknown decision": lambda: AddScenario(_scenario_with(Unit("b", "B", decisions=("nope",)))),
    "unit name with a lone surrogate": lambda: SetUnitField("now", ["hc1"], "name", "Br\ud800nflo"),
    "service name with a lone surrogate": lambda: SetServiceField("now", "lab", "name", "L\udfffab"),
    "project name with a lone surrogate": lambda: SetProjectField("name", "\ud83d"),
}


@pytest.mark.parametrize("name", list(REFUSED))
def test_an_edit_the_file_would_refuse_is_refused_at_the_edit(name: str) -> None:
    doc = _doc()
    before = storable_bytes(doc.project)
    with pytest.raises(CommandError):
        command = REFUSED[name]()  # type: ignore[operator]  # the table's values are command factories, typed object
        assert isinstance(command, Command)
        command.apply(doc)
    assert storable_bytes(doc.project) == before  # nothing changed, and it still saves


# the same kinds of edit at their limit are accepted, saved and read back equal
ACCEPTED: dict[str, object] = {
    "service name 500": lambda: SetServiceField("now", "lab", "name", "x" * 500),
    "service price 1e15": lambda: SetServiceField("now", "lab", "price_sek", "1e15"),
    "flow volume 1e12": lambda: SetFlowField("now", ("hc2", "lab"), "volume", 1e12),
    "signatory with a title": lambda: SetProjectField("case", CaseInfo(signatories=(Signatory("A Person", "Regiondirektör"),), receivers=("r" * 500,))),
    "economy at the limits": lambda: SetScenarioField("now", "economy", _economy(surplus_share=1.0, cap_sek=1e15, decisions=("LS/1/2009",))),
    "settings at the limits": lambda: SetSettings(AnalysisSettings(span_of_control_max=10_000, layers_max=1, top_management="t" * 200, severity_overrides={"R01": "info"})),
    "acknowledgement": lambda: SetAcknowledgement("now", "k" * 2000, "c" * 100_000),
    "unit decisions known": lambda: SetUnitField("now", ["hc1"], "decisions", ["LS/1/2009"]),
    "emoji name": lambda: SetUnitField("now", ["hc1"], "name", "Brunflo \U0001F3E5"),
}


@pytest.mark.parametrize("name", list(ACCEPTED))
def test_an_edit_at_the_limit_is_accepted_and_reads_back_equal(name: str) -> None:
    doc = _doc()
    ACCEPTED[name]().apply(doc)  # type: ignore[operator]  # the table's values are command factories, typed object
    data = storable_bytes(doc.project)
    assert storable_bytes(parse_project(data)) == data


@pytest.mark.parametrize("value", [2**70, float("nan"), float("inf"), [1, {"a": float("-inf")}]])
def test_a_conflict_record_holds_only_values_the_file_can_carry(value: object) -> None:
    with pytest.raises(limits.LimitError):
        MergeConflict("field", ("unit", "now", "hc1"), "listed_patients", 1, value, 2)
    MergeConflict("field", ("unit", "now", "hc1"), "listed_patients", 1, 2**63 - 1, [1.5, {"a": None}])


def test_the_flow_import_refuses_a_volume_past_the_limit_and_rows_that_add_up_past_it(tmp_path: Path) -> None:
    from orgdesigner.io.exchange.trade_import import TradeImportError, read_flows

    scenario = _doc().project.scenarios["now"]
    one = tmp_path / "one.csv"
    one.write_text("buyer;service;volume\nhc2;lab;1e13\n", encoding="utf-8")
    with pytest.raises(TradeImportError, match="row 2, column 'volume'"):
        read_flows(one, scenario)
    two = tmp_path / "two.csv"
    two.write_text("buyer;service;volume\nhc2;lab;600000000000\nhc2;lab;600000000000\n", encoding="utf-8")
    with pytest.raises(TradeImportError, match="row 3, column 'volume'.*add up"):
        read_flows(two, scenario)
    ok = tmp_path / "ok.csv"
    ok.write_text("buyer;service;volume\nhc2;lab;500000000000\nhc2;lab;500000000000\n", encoding="utf-8")
    assert read_flows(ok, scenario) == [Flow("hc2", "lab", 1e12)]


def _archimate(tmp_path: Path, body: str, name: str = "Arkitekternas modell") -> Path:
    from orgdesigner.io.exchange.archimate.vocabulary import NS

    path = tmp_path / "m.xml"
    path.write_bytes(f'<?xml version="1.0" encoding="UTF-8"?>\n<model xmlns="{NS}" '
                     f'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">\n'
                     f"<name>{name}</name>\n<elements>\n{body}\n</elements>\n</model>".encode())
    return path


@pytest.mark.parametrize(("body", "name", "reason"), [
    (f'<element identifier="{"i" * 201}" xsi:type="BusinessActor"><name>A</name></element>', "M",
     "line 5: unit id at most 200 characters"),
    (f'<element identifier="f1" xsi:type="BusinessFunction"><name>F</name><documentation>{"d" * 100_001}</documentation></element>',
     "M", "line 5: documentation at most 100000 characters"),
    (f'<element identifier="{"f" * 201}" xsi:type="BusinessFunction"><name>F</name></element>', "M",
     "line 5: function id at most 200 characters"),
    ('<element identifier="a" xsi:type="BusinessActor"><name>A</name></element>', "n" * 501,
     "line 2: name at most 500 characters"),
])
def test_an_archimate_import_meets_the_same_limits(tmp_path: Path, body: str, name: str, reason: str) -> None:
    from orgdesigner.io.exchange.archimate.reader import ArchimateFileError, read_model

    with pytest.raises(ArchimateFileError, match=reason):
        read_model(_archimate(tmp_path, body, name))
    ok = read_model(_archimate(tmp_path, body.replace("i" * 201, "i" * 200).replace("f" * 201, "f" * 200)
                                .replace("d" * 100_001, "d" * 100_000), name[:500]))
    data = storable_bytes(ok.project)  # what imports opens and saves
    assert storable_bytes(parse_project(data)) == data
