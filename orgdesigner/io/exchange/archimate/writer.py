"""Write a project, or one of its scenarios, as an ArchiMate exchange model (3.1 schema).

Units become Business Actors, functions Business Functions, reporting lines Composition
relationships (parent → child: a unit belongs to exactly one parent and does not exist outside
the organisation, which is what composition says; aggregation would allow a part in several
wholes), each role an Assignment from the unit to the function with the responsibility and the
role as properties. Each scenario gets one diagram laid out like the chart.

One scenario: identifiers come from the unit and function ids alone, so exporting another
scenario or a later version updates the same elements. The whole project: functions are shared,
units and relationships are scoped by scenario (a unit may differ between scenarios), and each
scenario has its own view. The output is deterministic: the same project gives the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from orgdesigner._gc import gc_paused
from orgdesigner.io.exchange.archimate import ids
from orgdesigner.io.exchange.archimate.view_layout import scenario_geometry
from orgdesigner.io.exchange.archimate.vocabulary import (
    ACTOR,
    ASSIGNMENT,
    COMPOSITION,
    FUNCTION,
    LANG,
    LIST_SEPARATOR,
    NS,
    PROPERTIES,
    SCHEMA_LOCATION,
    XSI,
)
from orgdesigner.io.exchange.xml_text import XmlText, attr
from orgdesigner.io.project.atomic import write_atomic
from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.enums import Authority
from orgdesigner.model.vocabulary import label

SUFFIX = ".archimate.xml"
_IN_SWEDISH = f' xml:lang="{LANG}"'
_AUTHORITY_ORDER = {a: i for i, a in enumerate(Authority)}

Props = list[tuple[str, str]]  # (property key, value) in writing order
_PROPERTY_IDS = {key: ids.make("p", key.replace("_", "-")) for key in PROPERTIES}
_PROPERTY_REFS = {key: f' propertyDefinitionRef="{ident}"' for key, ident in _PROPERTY_IDS.items()}


def number_text(value: float | int) -> str:
    """A number as the property value: whole numbers without a decimal point."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


class _Builder:
    """Writes the model's parts into separate buffers, joined in the schema's order at the end
    (the property definitions follow the elements and relationships that use them)."""

    def __init__(self, project: Project, scenarios: list[Scenario], scoped: bool) -> None:
        self.project, self.scenarios, self.scoped = project, scenarios, scoped
        self.used: set[str] = set()  # property keys in use: only those are defined
        self.elements, self.relationships = XmlText(), XmlText()

    # -- small writers --
    @staticmethod
    def _named(out: XmlText, depth: int, name: str, documentation: str = "") -> None:
        if name:
            out.leaf(depth, "name", _IN_SWEDISH, name)
        if documentation:
            out.leaf(depth, "documentation", _IN_SWEDISH, documentation)

    def _properties(self, out: XmlText, depth: int, props: Props) -> None:
        if not props:
            return
        out.open(depth, "properties")
        self.used.update(key for key, _ in props)
        for key, value in props:
            out.open(depth + 1, "property", _PROPERTY_REFS[key])
            out.leaf(depth + 2, "value", _IN_SWEDISH, value)
            out.close(depth + 1, "property")
        out.close(depth, "properties")

    def _concept(self, out: XmlText, tag: str, kind: str, identifier: str, name: str, documentation: str,
                 props: Props, ends: str = "") -> None:
        pairs = f' identifier="{identifier}"{ends} xsi:type="{kind}"'
        if not (name or documentation or props):
            out.empty(2, tag, pairs)
            return
        out.open(2, tag, pairs)
        self._named(out, 3, name, documentation)
        self._properties(out, 3, props)
        out.close(2, tag)

    def _scope(self, scenario: Scenario) -> list[str]:
        return ["s", scenario.id] if self.scoped else []

    # -- the model --
    def functions(self) -> None:
        for f in self.project.functions.values():
            props: Props = [("function_category", label(f.category)), ("vardval", "true" if f.vardval else "false")]
            self._concept(self.elements, "element", FUNCTION, ids.make("f", f.id), f.name, f.description, props)

    def scenario(self, scenario: Scenario) -> None:
        scope = self._scope(scenario)
        for u in scenario.units.values():
            props: Props = [("scenario", scenario.name), ("category", label(u.category)), ("form", label(u.form))]
            if u.budget_sek is not None:
                props.append(("budget", number_text(u.budget_sek)))
            if u.staff_fte is not None:
                props.append(("staff", number_text(u.staff_fte)))
            if u.listed_patients is not None:
                props.append(("listed", str(u.listed_patients)))
            if u.authorities:
                ordered = sorted(u.authorities, key=_AUTHORITY_ORDER.__getitem__)
                props.append(("authorities", LIST_SEPARATOR.join(label(a) for a in ordered)))
            if u.decisions:
                props.append(("decisions", LIST_SEPARATOR.join(u.decisions)))
            self._concept(self.elements, "element", ACTOR, ids.make(*scope, "u", u.id), u.name, u.notes, props)
        for u in scenario.units.values():
            if u.parent_id is not None and u.parent_id in scenario.units:
                ends = f' source="{ids.make(*scope, "u", u.parent_id)}" target="{ids.make(*scope, "u", u.id)}"'
                self._concept(self.relationships, "relationship", COMPOSITION, ids.make(*scope, "c", u.id), "", "", [], ends)
        for (uid, fid, resp), role in scenario.assignments.items():
            if uid not in scenario.units or fid not in self.project.functions:
                continue  # a dangling role (the checker reports it) has no element to point at
            ends = f' source="{ids.make(*scope, "u", uid)}" target="{ids.make("f", fid)}"'
            self._concept(self.relationships, "relationship", ASSIGNMENT, ids.make(*scope, "a", uid, fid, resp.value),
                          f"{label(role)} ({label(resp)})", "", [("responsibility", label(resp)), ("role", label(role))], ends)

    def view(self, out: XmlText, scenario: Scenario) -> None:
        scope, view_id = self._scope(scenario), ids.make("v", scenario.id)
        out.open(3, "view", f' identifier="{view_id}" viewpoint="Organization" xsi:type="Diagram"')
        self._named(out, 4, scenario.name, scenario.description)
        geometry = scenario_geometry(scenario)
        for uid, (x, y, w, h) in geometry.bounds.items():
            out.empty(4, "node", f' identifier="{ids.make("v", scenario.id, "n", uid)}" elementRef="{ids.make(*scope, "u", uid)}"'
                                 f' x="{x}" y="{y}" w="{w}" h="{h}" xsi:type="Element"')
        for uid, bends in geometry.bends.items():
            parent = scenario.units[uid].parent_id
            assert parent is not None
            out.open(4, "connection", f' identifier="{ids.make("v", scenario.id, "e", uid)}"'
                     f' relationshipRef="{ids.make(*scope, "c", uid)}" source="{ids.make("v", scenario.id, "n", parent)}"'
                     f' target="{ids.make("v", scenario.id, "n", uid)}" xsi:type="Relationship"')
            for x, y in bends:
                out.empty(5, "bendpoint", f' x="{x}" y="{y}"')
            out.close(4, "connection")
        out.close(3, "view")

    def finish(self) -> bytes:
        out = XmlText(declaration=True)
        model_id = ids.make("model", *([] if self.scoped else [self.scenarios[0].id]))
        out.open(0, "model", attr("xmlns", NS) + attr("xmlns:xsi", XSI) + attr("xsi:schemaLocation", SCHEMA_LOCATION)
                 + f' identifier="{model_id}"')
        self._named(out, 1, self.project.name or "orgdesigner", self.project.description)
        for tag, part in (("elements", self.elements), ("relationships", self.relationships)):
            if part.lines:  # the schema wants at least one child in each container
                out.open(1, tag)
                out.lines += part.lines
                out.close(1, tag)
        if self.used:
            out.open(1, "propertyDefinitions")
            for key, (name, _en, kind) in PROPERTIES.items():
                if key in self.used:
                    out.open(2, "propertyDefinition", f' identifier="{_PROPERTY_IDS[key]}" type="{kind}"')
                    out.leaf(3, "name", _IN_SWEDISH, name)
                    out.close(2, "propertyDefinition")
            out.close(1, "propertyDefinitions")
        shown = [s for s in self.scenarios if s.units]  # an empty diagram says nothing
        if shown:
            out.open(1, "views")
            out.open(2, "diagrams")
            for s in shown:
                self.view(out, s)
            out.close(2, "diagrams")
            out.close(1, "views")
        out.close(0, "model")
        return out.bytes()


def model_bytes(project: Project, scenario_ids: Iterable[str] | None = None) -> bytes:
    """The exchange XML of one scenario (`scenario_ids` = [id]) or of several or all (None)."""
    chosen = list(project.scenarios) if scenario_ids is None else list(scenario_ids)
    if not chosen:
        raise ValueError("the project has no scenarios")
    scenarios = [project.scenarios[s] for s in chosen]
    builder = _Builder(project, scenarios, scoped=len(scenarios) > 1 or scenario_ids is None)
    with gc_paused():  # hundreds of thousands of strings and no cycles: collecting frees nothing
        builder.functions()
        for s in scenarios:
            builder.scenario(s)
        return builder.finish()


def write_model(project: Project, path: Path, scenario_ids: Iterable[str] | None = None) -> None:
    write_atomic(Path(path), model_bytes(project, scenario_ids))
