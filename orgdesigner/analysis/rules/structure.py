"""Rule 9: reporting lines form a tree of reasonable shape.

Each unit has at most one parent, so cycles and layers are found by walking parent links in
O(units); building a networkx graph of 10,000 units alone costs more than the whole check.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from orgdesigner.analysis import candidates
from orgdesigner.analysis.context import Context
from orgdesigner.analysis.findings import Found, Severity, Subjects
from orgdesigner.analysis.scoped import Scope, Trigger, scoped_rule
from orgdesigner.model.entities import Unit


def parent_cycles(units: dict[str, Unit], starts: Iterable[str] | None = None) -> list[list[str]]:
    """Every reporting cycle once, each listed upward from its smallest unit id.

    `starts`: where to begin walking (default: every unit); any superset of the cycles' members.
    """
    state: dict[str, int] = {}  # 1: on the current walk, 2: done
    cycles = []
    for start in units if starts is None else starts:
        path: list[str] = []
        x: str | None = start
        while x is not None and x in units and x not in state:
            state[x] = 1
            path.append(x)
            x = units[x].parent_id
        if x is not None and state.get(x) == 1:  # walked into our own path: a cycle
            cycle = path[path.index(x):]
            first = cycle.index(min(cycle))
            cycles.append(cycle[first:] + cycle[:first])
        for y in path:
            state[y] = 2
    cycles.sort()
    return cycles


@scoped_rule(
    "R09-reporting-cycle",
    Severity.ERROR,
    Scope.SCENARIO,
    title_sv="Rapporteringsslinga",
    title_en="Reporting cycle",
    why_sv="Enheter som till slut rapporterar till sig själva har ingen ytterst ansvarig chef; "
    "ansvar och budget kan inte följas uppåt.",
    why_en="Units that in the end report to themselves have no ultimately responsible manager; "
    "responsibility and budget cannot be followed upward.",
    fix_sv="Flytta en av enheterna i slingan så att den rapporterar till en enhet utanför slingan.",
    fix_en="Move one of the units in the loop so it reports to a unit outside the loop.",
    triggers=frozenset({Trigger.STRUCTURE}),
)
def reporting_cycle(context: Context, _key: str | None) -> Iterator[Found]:
    """Units whose reporting lines form a loop; one finding per loop."""
    units = context.scenario.units
    depths = context.depths()  # units in or under a cycle have no layer
    if len(depths) == len(units):
        return
    for cycle in parent_cycles(units, [u for u in units if u not in depths]):
        names = [context.unit_name(u) for u in cycle]
        path = " → ".join([*names, names[0]])
        yield Found(
            f"Rapporteringsslinga: {path}.",
            f"Reporting cycle: {path}.",
            Subjects(units=tuple(cycle)),
        )


@scoped_rule(
    "R09-parent-outside",
    Severity.WARNING,
    Scope.UNIT,
    title_sv="Överordnad saknas i scenariot",
    title_en="Parent outside the scenario",
    why_sv="Enheten rapporterar till en enhet som inte finns i scenariot, så dess chefslinje tar "
    "slut i tomma intet.",
    why_en="The unit reports to a unit that is not in the scenario, so its chain of command ends in "
    "nothing.",
    fix_sv="Flytta enheten under en enhet i scenariot, eller gör den till en toppenhet.",
    fix_en="Move the unit under a unit of the scenario, or make it a top unit.",
    triggers=frozenset(),
    reads_lines=False,  # its own parent and direct reports at most
    candidates=candidates.units_with_missing_parent,
)
def parent_outside(context: Context, unit_id: str | None) -> Iterator[Found]:
    """A unit whose parent is not a unit of the scenario."""
    unit = context.scenario.units.get(unit_id) if unit_id else None
    if unit is None or unit.parent_id is None or unit.parent_id in context.scenario.units:
        return
    yield Found(
        f"{unit.name} rapporterar till '{unit.parent_id}', som inte finns i scenariot.",
        f"{unit.name} reports to '{unit.parent_id}', which is not in the scenario.",
        Subjects(units=(unit.id,)),
    )


@scoped_rule(
    "R09-span-of-control",
    Severity.INFO,
    Scope.UNIT,
    title_sv="Stort kontrollspann",
    title_en="Wide span of control",
    why_sv="En chef med många direkt underställda enheter hinner sällan följa upp var och en.",
    why_en="A manager with many directly reporting units rarely has time to follow up each of them.",
    fix_sv="Inför en mellannivå (t.ex. sektioner eller geografiska grupper) eller höj gränsen i projektets "
    "analysinställningar om spannet är avsiktligt.",
    fix_en="Add an intermediate level (e.g. sections or geographic groups), or raise the limit in the project's analysis "
    "settings if the span is intended.",
    triggers=frozenset({Trigger.SETTINGS}),
    reads_lines=False,  # its own parent and direct reports at most
    candidates=candidates.managers,
)
def span_of_control(context: Context, unit_id: str | None) -> Iterator[Found]:
    """A unit with more direct reports than the project setting span_of_control_max (default 12)."""
    if unit_id is None or unit_id not in context.scenario.units:
        return
    span = len(context.index.children.get(unit_id, ()))
    limit = context.project.settings.span_of_control_max
    if span <= limit:
        return
    name = context.unit_name(unit_id)
    yield Found(
        f"{name} har {span} direkt underställda enheter (gränsen är {limit}).",
        f"{name} has {span} directly reporting units (the limit is {limit}).",
        Subjects(units=(unit_id,)),
    )


@scoped_rule(
    "R09-too-many-layers",
    Severity.INFO,
    Scope.SCENARIO,
    title_sv="Många nivåer",
    title_en="Many layers",
    why_sv="Varje chefsnivå förlänger vägen för beslut och uppföljning mellan hälsocentralen och "
    "regionledningen.",
    why_en="Every management layer lengthens the path of decisions and follow-up between the "
    "hälsocentral and the region's top management.",
    fix_sv="Slå ihop mellannivåer, eller höj gränsen i projektets analysinställningar.",
    fix_en="Merge intermediate levels, or raise the limit in the project's analysis settings.",
    triggers=frozenset({Trigger.STRUCTURE, Trigger.SETTINGS}),
)
def too_many_layers(context: Context, _key: str | None) -> Iterator[Found]:
    """More layers (a top unit is layer 1) than the project setting layers_max (default 6); names the deepest chain."""
    layers = context.layers()
    limit = context.project.settings.layers_max
    if layers <= limit:
        return
    deepest = context.deepest()  # kept per layer: this runs after every structural edit
    assert deepest is not None  # layers > limit >= 0, so some unit is on the deepest layer
    chain = list(reversed(context.chain(deepest)))
    path = " → ".join(context.unit_name(u) for u in chain)
    yield Found(
        f"Organisationen har {layers} nivåer (gränsen är {limit}): {path}.",
        f"The organisation has {layers} layers (the limit is {limit}): {path}.",
        Subjects(units=tuple(chain)),
    )
