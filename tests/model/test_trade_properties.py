"""Any sequence of trade commands, refused or applied, undoes back to the exact start."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from trade_case import trade_project

from orgdesigner.io.project.project_file import parse_project, project_bytes
from orgdesigner.model import Document
from orgdesigner.model.commands import (
    AddService,
    CommandError,
    RemoveFlows,
    RemoveService,
    SetAssumption,
    SetFlowField,
    SetFlows,
    SetServiceField,
)
from orgdesigner.model.history import CommandStack
from orgdesigner.model.trade import Flow, Service

UNITS = ["hc1", "hc2", "priv", "lab", "ghost"]
SERVICES = ["blod", "s1", "s2", "nope"]

commands = st.one_of(
    st.builds(lambda sid, sup: AddService("now", Service(sid, f"S {sid}", sup)), st.sampled_from(SERVICES), st.sampled_from(UNITS)),
    st.builds(lambda sid: RemoveService("now", sid), st.sampled_from(SERVICES)),
    st.builds(lambda sid, v: ("svc", sid, "price_sek", v), st.sampled_from(SERVICES), st.one_of(st.none(), st.floats(-5, 500))),
    st.builds(lambda sid, m: ("svc", sid, "pricing", m), st.sampled_from(SERVICES), st.sampled_from(["free", "per_item", "fixed", "mixed", "bad"])),
    st.builds(lambda b, s, v, r: SetFlows("now", [Flow(b, s, v)], replace_all=r),
              st.sampled_from(UNITS), st.sampled_from(SERVICES), st.floats(-1, 1e6), st.booleans()),
    st.builds(lambda b, s: RemoveFlows("now", [(b, s)]), st.sampled_from(UNITS), st.sampled_from(SERVICES)),
    st.builds(lambda b, s, v: ("flow", (b, s), "volume", v), st.sampled_from(UNITS), st.sampled_from(SERVICES), st.floats(-1, 1e4)),
    st.builds(lambda b, s, nb: ("flow", (b, s), "buyer_id", nb), st.sampled_from(UNITS), st.sampled_from(SERVICES), st.sampled_from(UNITS)),
    st.builds(lambda v: ("ass", "pna_share", v), st.floats(-0.5, 1.5)),
)


def _make(spec):
    if not isinstance(spec, tuple):
        return spec
    kind, *rest = spec
    if kind == "svc":
        return SetServiceField("now", *rest)
    if kind == "flow":
        return SetFlowField("now", *rest)
    return SetAssumption("now", *rest)


@settings(max_examples=80, deadline=None)
@given(st.lists(commands, max_size=25))
def test_random_trade_edits_undo_to_the_start(specs):
    doc = Document(trade_project())
    start = project_bytes(doc.project)
    stack = CommandStack(doc)
    for spec in specs:
        try:
            command = _make(spec)
        except CommandError:
            continue
        before = project_bytes(doc.project)
        try:
            stack.push(command)
        except CommandError:
            assert project_bytes(doc.project) == before  # refused: nothing changed
    parse_project(project_bytes(doc.project))  # commands never make a file that cannot be opened
    while stack.undo():
        pass
    assert project_bytes(doc.project) == start
