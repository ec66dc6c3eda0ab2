"""Every change to a project is a command with apply and revert.

The GUI wraps these in a QUndoStack, the CLI and importers run them through
`orgdesigner.model.history.CommandStack`, and tests drive them directly.
"""

from orgdesigner.model.commands.assignments import SetRoles
from orgdesigner.model.commands.base import Command, CommandError, MacroCommand
from orgdesigner.model.commands.catalogue import (
    AddDecision,
    AddFunction,
    RemoveDecision,
    RemoveFunction,
    SetDecisionField,
    SetFunctionField,
)
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
from orgdesigner.model.commands.units import AddUnit, MoveUnit, RemoveUnits, SetUnitField

__all__ = [
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
