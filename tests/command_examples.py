"""One applicable example of every command kind, on the trade case (tests/trade_case.py): the
registry tests (events, undo texts) run each, and fail when a new kind has none."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from trade_case import trade_project

import orgdesigner.io.merging.conflict_settle as conflict_settle  # adds its own command kinds
from orgdesigner.model import (
    AnalysisSettings,
    AssignmentKey,
    Decision,
    Document,
    DottedLine,
    Function,
    Responsibility,
    Role,
    Scenario,
    Unit,
)
from orgdesigner.model.commands import (
    AddDecision,
    AddDottedLine,
    AddFunction,
    AddScenario,
    AddService,
    AddUnit,
    ChangeDottedLine,
    Command,
    MacroCommand,
    MoveScenario,
    MoveUnit,
    RemoveDecision,
    RemoveDottedLine,
    RemoveFlows,
    RemoveFunction,
    RemoveScenario,
    RemoveService,
    RemoveUnits,
    ReplaceTrade,
    SetAcknowledgement,
    SetAssumption,
    SetDecisionField,
    SetFlowField,
    SetFlows,
    SetFunctionField,
    SetProjectField,
    SetRoles,
    SetScenarioField,
    SetServiceField,
    SetSettings,
    SetTradeHistory,
    SetUnitField,
)
from orgdesigner.model.commands.conflicts import DropConflict
from orgdesigner.model.commands.description import Description
from orgdesigner.model.commands.scenarios import copied_scenario
from orgdesigner.model.conflicts import MergeConflict
from orgdesigner.model.trade import Flow, InternalTrade, Service
from orgdesigner.model.trade_history import TradeHistory

S = "now"
CONFLICT = MergeConflict("field", ("unit", S, "hc1"), "name", "Brunflo", "Brunflo hälsocentral", "Brunflo HC")


def with_line(doc: Document) -> None:
    doc.project.scenarios[S].units["hc1"].dotted_lines = (DottedLine("best"),)


def _with_conflict(doc: Document) -> None:
    doc.project.conflicts.append(CONFLICT)


#: one applicable example of every command kind: (a preparation of the project, the command)
EXAMPLES: dict[type[Command], tuple[Callable[[Document], None] | None, Callable[[Document], Command]]] = {
    AddUnit: (None, lambda d: AddUnit(S, Unit("new", "Ny enhet", parent_id="pv"), index=2)),
    RemoveUnits: (with_line, lambda d: RemoveUnits(S, ["best", "lab"])),  # roles, a line and trade go too
    MoveUnit: (None, lambda d: MoveUnit(S, "hc2", "best")),
    SetUnitField: (None, lambda d: SetUnitField(S, ["hc1", "hc2"], "budget_sek", 1_000_000)),
    SetRoles: (None, lambda d: SetRoles(S, [(AssignmentKey("hc2", "vv", Responsibility.DELIVERY), Role.PERFORMS),
                                            (AssignmentKey("best", "vv", Responsibility.ORDERING), None)])),
    AddDottedLine: (None, lambda d: AddDottedLine(S, "hc1", DottedLine("best"))),
    ChangeDottedLine: (with_line, lambda d: ChangeDottedLine(S, "hc1", DottedLine("best", note="samråd"))),
    RemoveDottedLine: (with_line, lambda d: RemoveDottedLine(S, "hc1", "best")),
    AddFunction: (None, lambda d: AddFunction(Function("ny", "Ny funktion"), index=0)),
    RemoveFunction: (lambda d: d.project.functions.__setitem__("fu", Function("fu", "Uppföljning", follows_up="vv")),
                     lambda d: RemoveFunction("vv")),  # its roles and the follow-up that names it go too
    SetFunctionField: (None, lambda d: SetFunctionField("lab", "name", "Laboratorieanalyser")),
    AddDecision: (None, lambda d: AddDecision(Decision("RS/2/2017", "Nytt beslut", date(2018, 1, 1)))),
    RemoveDecision: (None, lambda d: RemoveDecision("LS/1/2009")),
    SetDecisionField: (None, lambda d: SetDecisionField("LS/1/2009", "valid_until", "2019-01-01")),
    AddScenario: (None, lambda d: AddScenario(copied_scenario(d.project.scenarios[S], "copy", "Förslag"), index=0)),
    RemoveScenario: (lambda d: SetAcknowledgement(S, "R01:x", "känt").apply(d), lambda d: RemoveScenario(S)),
    MoveScenario: (lambda d: d.project.scenarios.__setitem__("s2", Scenario("s2", "Förslag")),
                   lambda d: MoveScenario("s2", 0)),
    SetScenarioField: (None, lambda d: SetScenarioField(S, "effective_date", "2019-01-01")),
    SetProjectField: (None, lambda d: SetProjectField("organisation", "Region Väst")),
    SetSettings: (None, lambda d: SetSettings(AnalysisSettings(span_of_control_max=8))),
    SetAcknowledgement: (None, lambda d: SetAcknowledgement(S, "R01:x", "känt")),
    SetTradeHistory: (None, lambda d: SetTradeHistory(TradeHistory(note="Volymer 2010–2017"))),
    AddService: (None, lambda d: AddService(S, Service("rtg", "Röntgen", "lab"), index=0)),
    RemoveService: (None, lambda d: RemoveService(S, "blod")),
    SetServiceField: (None, lambda d: SetServiceField(S, "blod", "price_sek", 45.0)),
    SetFlows: (None, lambda d: SetFlows(S, [Flow("priv", "blod", 10.0), Flow("hc1", "blod", 900.0)])),
    RemoveFlows: (None, lambda d: RemoveFlows(S, [("hc1", "blod")])),
    SetFlowField: (None, lambda d: SetFlowField(S, ("hc2", "blod"), "buyer_id", "priv")),
    SetAssumption: (None, lambda d: SetAssumption(S, "pna_share", 0.2)),
    ReplaceTrade: (None, lambda d: ReplaceTrade(S, InternalTrade(services={"x": Service("x", "Ny", "hc1")}))),
    DropConflict: (_with_conflict, lambda d: DropConflict(CONFLICT)),
    MacroCommand: (None, lambda d: MacroCommand(Description.named("Två steg"), [
        AddUnit(S, Unit("new", "Ny enhet")), MoveUnit(S, "hc1", "new")])),
    conflict_settle.MoveOutOfLoop: (None, lambda d: conflict_settle.MoveOutOfLoop(S, "pv", "hc1")),
    conflict_settle.SetEntry: (None, lambda d: conflict_settle.SetEntry(("service", S, "blod"), "name", "Blod")),
}


def example(kind: type[Command]) -> tuple[Document, Command]:
    """A document prepared for the example of `kind`, and the example (not yet applied)."""
    prepare, make = EXAMPLES[kind]
    doc = Document(trade_project())
    if prepare is not None:
        prepare(doc)
    return doc, make(doc)
