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

from lxml import etree

from orgdesigner.io.archimate import ids
from orgdesigner.io.archimate.view_layout import scenario_geometry
from orgdesigner.io.archimate.vocabulary import (
    ACTOR,
    ASSIGNMENT,
    COMPOSITION,
    FUNCTION,
    LANG,
    LIST_SEPARATOR,
    NS,
    PROPERTIES,
    SCHEMA_LOCATION,
    XML_NS,
    XSI,
    q,
)
from orgdesigner.io.atomic import write_atomic
from orgdesigner.model.entities import Project, Scenario
from orgdesigner.model.enums import Authority
from orgdesigner.model.vocabulary import label

SUFFIX = ".archimate.xml"
_LANG_ATTR = f"{{{XML_NS}}}lang"
_TYPE_ATTR = f"{{{XSI}}}type"
_AUTHORITY_ORDER = {a: i for i, a in enumerate(Authority)}

Props = list[tuple[str, str]]  # (property key, value) in writing order
_IN_SWEDISH = {_LANG_ATTR: LANG}
_PROPERTIES_TAG, _PROPERTY_TAG, _VALUE_TAG, _NAME_TAG = q("properties"), q("property"), q("value"), q("name")
_PROPERTY_IDS = {key: ids.make("p", key.replace("_", "-")) for key in PROPERTIES}


def number_text(value: float | int) -> str:
    """A number as the property value: whole numbers without a decimal point."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


class _Builder:
    def __init__(self, project: Project, scenarios: list[Scenario], scoped: bool) -> None:
        self.project, self.scenarios, self.scoped = project, scenarios, scoped
        self.used: set[str] = set()  # property keys in use: only those are defined
        root = self.root = etree.Element(q("model"), nsmap={None: NS, "xsi": XSI})
        root.set(f"{{{XSI}}}schemaLocation", SCHEMA_LOCATION)
        root.set("identifier", ids.make("model", *([] if scoped else [scenarios[0].id])))
        self._named(root, project.name, project.description)
        self.elements = etree.SubElement(root, q("elements"))
        self.relationships = etree.SubElement(root, q("relationships"))

    # -- small writers --
    def _named(self, parent: etree._Element, name: str, documentation: str = "") -> None:
        if name:
            etree.SubElement(parent, _NAME_TAG, _IN_SWEDISH).text = name
        if documentation:
            etree.SubElement(parent, q("documentation"), _IN_SWEDISH).text = documentation

    def _properties(self, parent: etree._Element, props: Props) -> None:
        if not props:
            return
        box = etree.SubElement(parent, _PROPERTIES_TAG)
        self.used.update(key for key, _ in props)
        for key, value in props:
            prop = etree.SubElement(box, _PROPERTY_TAG, propertyDefinitionRef=_PROPERTY_IDS[key])
            etree.SubElement(prop, _VALUE_TAG, _IN_SWEDISH).text = value

    def _concept(self, box: etree._Element, tag: str, kind: str, identifier: str, name: str,
                 documentation: str, props: Props, **attrs: str) -> None:
        node = etree.SubElement(box, q(tag), identifier=identifier)
        for key, value in attrs.items():
            node.set(key, value)
        node.set(_TYPE_ATTR, kind)
        self._named(node, name, documentation)
        self._properties(node, props)

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
                self._concept(self.relationships, "relationship", COMPOSITION, ids.make(*scope, "c", u.id), "", "", [],
                              source=ids.make(*scope, "u", u.parent_id), target=ids.make(*scope, "u", u.id))
        for (uid, fid, resp), role in scenario.assignments.items():
            if uid not in scenario.units or fid not in self.project.functions:
                continue  # a dangling role (the checker reports it) has no element to point at
            self._concept(self.relationships, "relationship", ASSIGNMENT, ids.make(*scope, "a", uid, fid, resp.value),
                          f"{label(role)} ({label(resp)})", "", [("responsibility", label(resp)), ("role", label(role))],
                          source=ids.make(*scope, "u", uid), target=ids.make("f", fid))

    def view(self, diagrams: etree._Element, scenario: Scenario) -> None:
        scope = self._scope(scenario)
        view = etree.SubElement(diagrams, q("view"), identifier=ids.make("v", scenario.id), viewpoint="Organization")
        view.set(_TYPE_ATTR, "Diagram")
        self._named(view, scenario.name, scenario.description)
        geometry = scenario_geometry(scenario)
        for uid, (x, y, w, h) in geometry.bounds.items():
            node = etree.SubElement(view, q("node"), identifier=ids.make("v", scenario.id, "n", uid),
                                    elementRef=ids.make(*scope, "u", uid), x=str(x), y=str(y), w=str(w), h=str(h))
            node.set(_TYPE_ATTR, "Element")
        for uid, bends in geometry.bends.items():
            parent = scenario.units[uid].parent_id
            assert parent is not None
            line = etree.SubElement(view, q("connection"), identifier=ids.make("v", scenario.id, "e", uid),
                                    relationshipRef=ids.make(*scope, "c", uid),
                                    source=ids.make("v", scenario.id, "n", parent), target=ids.make("v", scenario.id, "n", uid))
            line.set(_TYPE_ATTR, "Relationship")
            for x, y in bends:
                etree.SubElement(line, q("bendpoint"), x=str(x), y=str(y))

    def finish(self) -> bytes:
        for box in (self.elements, self.relationships):
            if len(box) == 0:  # the schema wants at least one child in each container
                self.root.remove(box)
        if self.used:
            defs = etree.SubElement(self.root, q("propertyDefinitions"))
            for key, (name, _en, kind) in PROPERTIES.items():
                if key in self.used:
                    d = etree.SubElement(defs, q("propertyDefinition"), identifier=_PROPERTY_IDS[key], type=kind)
                    etree.SubElement(d, q("name"), {_LANG_ATTR: LANG}).text = name
        if any(s.units for s in self.scenarios):
            diagrams = etree.SubElement(etree.SubElement(self.root, q("views")), q("diagrams"))
            for s in self.scenarios:
                if s.units:  # an empty diagram is valid but says nothing; the schema allows none
                    self.view(diagrams, s)
        return bytes(etree.tostring(self.root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def model_bytes(project: Project, scenario_ids: Iterable[str] | None = None) -> bytes:
    """The exchange XML of one scenario (`scenario_ids` = [id]) or of several or all (None)."""
    chosen = list(project.scenarios) if scenario_ids is None else list(scenario_ids)
    if not chosen:
        raise ValueError("the project has no scenarios")
    scenarios = [project.scenarios[s] for s in chosen]
    builder = _Builder(project, scenarios, scoped=len(scenarios) > 1 or scenario_ids is None)
    builder.functions()
    for s in scenarios:
        builder.scenario(s)
    return builder.finish()


def write_model(project: Project, path: Path, scenario_ids: Iterable[str] | None = None) -> None:
    write_atomic(Path(path), model_bytes(project, scenario_ids))
