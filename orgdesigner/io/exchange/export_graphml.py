"""Write a scenario's organisation as GraphML (networkx), readable by yEd and Gephi.

Nodes are units (id = unit id), edges run from parent to child (``relation = "reports_to"`` read
child → parent). yEd and Gephi only understand scalar attributes, so every attribute is a string,
an int or a float, and missing values are left out rather than written as empty:

- unit attributes: ``label`` (the name; Gephi shows it, yEd maps it with Properties Mapper) and
  every value field of the unit's table (model.fields.UNIT_FIELDS) by its attribute name:
  ``name``, ``category``, ``form``, ``authorities`` and ``decisions`` (comma-separated),
  ``budget_sek``, ``staff_fte``, ``listed_patients``, ``notes``;
- dotted (secondary) lines: edges from the unit to the unit it answers to with ``relation =
  "dotted"`` and ``kind`` (``professional``, ``functional``, ``agreement``), ``note``, ``decision``;
  style them in yEd (Properties Mapper on ``relation``/``kind``) or Gephi (partition by ``relation``);
- assignments: ``roles`` lists ``function/responsibility=role`` separated by ``; ``, and
  ``accountable``, ``performs``, ``consulted``, ``informed`` count the unit's roles.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgdesigner.io.project.atomic import write_atomic
from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.enums import Role
from orgdesigner.model.fields import UNIT_VALUES

if TYPE_CHECKING:
    import networkx as nx  # imported when a graph is built: networkx is slow to load


def _scalar(value: Any) -> Any:
    """A unit's value as GraphML holds it: enum values, sets and lists comma-separated."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, frozenset):
        return ", ".join(sorted(v.value if isinstance(v, Enum) else str(v) for v in value))
    if isinstance(value, tuple):
        return ", ".join(value)
    return value


def scenario_graph(project: Project, scenario: Scenario, unit_ids: Sequence[str] | None = None) -> nx.DiGraph[str]:
    """A networkx DiGraph of the scenario (or of `unit_ids`, e.g. a subtree)."""
    import networkx as nx

    ids = list(scenario.units) if unit_ids is None else list(unit_ids)
    wanted = set(ids)
    roles: dict[str, list[str]] = {uid: [] for uid in ids}
    counts: dict[str, dict[str, int]] = {uid: dict.fromkeys((r.value for r in Role), 0) for uid in ids}
    for (uid, fid, resp), role in scenario.assignments.items():
        if uid in wanted:
            roles[uid].append(f"{fid}/{resp.value}={role.value}")
            counts[uid][role.value] += 1
    graph: nx.DiGraph[str] = nx.DiGraph(
        name=f"{project.name}: {scenario.name}",
        project=project.name,
        scenario_id=scenario.id,
        scenario=scenario.name,
    )
    for uid in ids:
        u = scenario.units[uid]
        attrs: dict[str, Any] = {
            "label": u.name,
            **{name: _scalar(getattr(u, name)) for name in UNIT_VALUES},
            "roles": "; ".join(roles[uid]),
            **counts[uid],
        }
        graph.add_node(uid, **{k: v for k, v in attrs.items() if v is not None and v != ""})
    for uid in ids:
        parent = scenario.units[uid].parent_id
        if parent is not None and parent in wanted:
            graph.add_edge(parent, uid, relation="reports_to")
    for uid in ids:  # dotted lines: their own edge kind, from the unit to the one it answers to
        for line in scenario.units[uid].dotted_lines:
            if line.target_id in wanted and not graph.has_edge(uid, line.target_id):
                attrs = {"relation": "dotted", "kind": line.kind.value, "note": line.note, "decision": line.decision}
                graph.add_edge(uid, line.target_id, **{k: v for k, v in attrs.items() if v})
    return graph


def graphml_bytes(project: Project, scenario: Scenario, unit_ids: Sequence[str] | None = None) -> bytes:
    import networkx as nx

    buffer = io.BytesIO()
    nx.write_graphml(scenario_graph(project, scenario, unit_ids), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


def write_graphml(project: Project, scenario: Scenario, path: Path, unit_ids: Sequence[str] | None = None) -> None:
    write_atomic(Path(path), graphml_bytes(project, scenario, unit_ids))
