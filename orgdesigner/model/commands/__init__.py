"""Every change to a project is a command with apply and revert.

A command checks its change and makes it with the Document's primitives, which announce it
(orgdesigner.model.document); it describes itself as data (`description.Description`) that the
window words in its language. The GUI wraps commands in a QUndoStack, the CLI and importers run
them through `orgdesigner.model.history.CommandStack`, and tests drive them directly;
`command_kinds()` lists every kind.
"""

from orgdesigner.model.commands.assignments import SetRoles
from orgdesigner.model.commands.base import (
    Command,
    CommandError,
    InvalidValue,
    MacroCommand,
    command_kinds,
)
from orgdesigner.model.commands.catalogue import (
    AddDecision,
    AddFunction,
    RemoveDecision,
    RemoveFunction,
    SetDecisionField,
    SetFunctionField,
)
from orgdesigner.model.commands.description import Action, Description, Subject
from orgdesigner.model.commands.dotted import AddDottedLine, ChangeDottedLine, RemoveDottedLine
from orgdesigner.model.commands.project import SetAcknowledgement, SetProjectField, SetSettings
from orgdesigner.model.commands.scenarios import (
    AddScenario,
    MoveScenario,
    RemoveScenario,
    SetScenarioField,
)
from orgdesigner.model.commands.trade import (
    AddService,
    RemoveFlows,
    RemoveService,
    ReplaceTrade,
    SetAssumption,
    SetFlowField,
    SetFlows,
    SetServiceField,
)
from orgdesigner.model.commands.trade_history import SetTradeHistory
from orgdesigner.model.commands.units import (
    AddUnit,
    MoveUnit,
    RemoveUnits,
    ReportingCycle,
    SetUnitField,
)

__all__ = [
    "Action",
    "Description",
    "InvalidValue",
    "ReportingCycle",
    "Subject",
    "command_kinds",
    "AddDottedLine",
    "ChangeDottedLine",
    "RemoveDottedLine",
    "AddDecision",
    "AddFunction",
    "AddScenario",
    "AddService",
    "AddUnit",
    "Command",
    "CommandError",
    "MacroCommand",
    "MoveScenario",
    "MoveUnit",
    "RemoveDecision",
    "RemoveFlows",
    "RemoveFunction",
    "RemoveScenario",
    "RemoveService",
    "RemoveUnits",
    "ReplaceTrade",
    "SetAssumption",
    "SetTradeHistory",
    "SetAcknowledgement",
    "SetDecisionField",
    "SetFlowField",
    "SetFlows",
    "SetFunctionField",
    "SetProjectField",
    "SetRoles",
    "SetScenarioField",
    "SetServiceField",
    "SetSettings",
    "SetUnitField",
]
