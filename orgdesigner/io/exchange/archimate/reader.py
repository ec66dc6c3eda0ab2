"""Read an ArchiMate exchange model into a new project.

Business Actors become units, their Composition or Aggregation relationships (whole → part) the
reporting lines, Business Functions the function catalogue, and Assignment relationships from an
actor to a function that carry a responsibility and a role (the properties the export writes)
the roles. Actors are grouped into scenarios by their "Scenario" property (one scenario when no
actor has it). An actor without a "Kategori" property gets the category unknown (a model from
elsewhere may hold customers and banks as well as the region's units), listed in
`uncategorised` for the planner to map. Everything else is counted by type in `skipped`, never
dropped silently.
Identifiers the export made give back the project's own ids; any other identifier becomes the id.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from lxml import etree

from orgdesigner._gc import gc_paused
from orgdesigner.io.exchange.archimate import ids
from orgdesigner.io.exchange.archimate.safe_xml import XmlFileError, parse, read_bounded
from orgdesigner.io.exchange.archimate.vocabulary import (
    ACTOR,
    AGGREGATION,
    ASSIGNMENT,
    COMPOSITION,
    FUNCTION,
    LANG,
    LIST_SEPARATOR,
    NS,
    PROPERTIES,
    PROPERTY_KEYS,
    XML_NS,
    XSI,
    q,
)
from orgdesigner.io.words._words import parse_category, parse_form, parse_responsibility, parse_role
from orgdesigner.model import limits
from orgdesigner.model.entities import AssignmentKey, Decision, Function, Project, Scenario, Unit
from orgdesigner.model.enums import Authority, FunctionCategory, UnitCategory
from orgdesigner.model.vocabulary import words_of

_TYPE_ATTR = f"{{{XSI}}}type"
_LANG_ATTR = f"{{{XML_NS}}}lang"
_AUTHORITIES = {w.casefold(): Authority(a.value) for a, pair in words_of(Authority).items() for w in (*pair, a.value)}
_FUNCTION_CATEGORIES = {w.casefold(): FunctionCategory(c.value) for c, pair in words_of(FunctionCategory).items()
                        for w in (*pair, c.value)}
_TRUE, _FALSE = {"true", "1", "ja", "yes"}, {"false", "0", "nej", "no"}
T = TypeVar("T")
_TAGS = {tag: q(tag) for tag in ("name", "documentation", "value", "properties", "property")}

# What was skipped, as (kind, ArchiMate type or property name) -> how to say it (Swedish, English).
SKIP_WORDS: dict[str, tuple[str, str]] = {
    "element": ("element av typen {}", "element of type {}"),
    "relationship": ("relation av typen {}", "relationship of type {}"),
    "second_parent": ("relation {} till en andra överordnad (eller mellan scenarier)",
                      "{} relationship to a second parent (or across scenarios)"),
    "bare_assignment": ("Assignment-relation utan ansvar och roll", "Assignment relationship without responsibility and role{}"),
    "property": ("egenskap {}", "property {}"),
    "view": ("vy (organisationsskissen ritas av programmet)", "view (the chart lays itself out){}"),
    "organizations": ("mappstruktur (organizations)", "folder structure (organizations){}"),
    "metadata": ("modellens metadata", "the model's metadata{}"),
}


class ArchimateFileError(XmlFileError):
    """Not an ArchiMate exchange model, or one that breaks its rules; names the file and line."""


#: the namespace of the ArchiMate 2.x exchange format, which 3.x tools still export on request
NS_2 = "http://www.opengroup.org/xsd/archimate"


class ArchimateVersionError(ArchimateFileError):
    """An exchange file of ArchiMate 2.1, whose element names differ from 3.x."""

    def __init__(self, path: Path, line: int | None) -> None:
        self.where = f"{path}: line {line}:" if line else f"{path}:"
        super().__init__(f"{self.where} ArchiMate 2.1 exchange files are not supported; export as 3.x")

    def message(self, lang: str = "en") -> str:
        if lang == "en":
            return str(self)
        return f"{self.where.replace(': line ', ': rad ')} exchange-filer i ArchiMate 2.1 stöds inte; exportera som 3.x"


@dataclass(slots=True)
class ImportedModel:
    project: Project
    skipped: Counter[tuple[str, str]] = field(default_factory=Counter)  # (kind, type) -> count
    #: (scenario id, unit id) of the actors whose category the model did not give: unknown
    uncategorised: list[tuple[str, str]] = field(default_factory=list)

    def uncategorised_names(self) -> list[str]:
        """The names of those actors, each once, in model order (the same actor in several
        scenarios has one name)."""
        return list(dict.fromkeys(self.project.scenarios[s].units[u].name for s, u in self.uncategorised))

    def still_unknown(self) -> list[str]:
        """The names of the uncategorised actors whose category is still unknown."""
        units = [self.project.scenarios[s].units[u] for s, u in self.uncategorised]
        return list(dict.fromkeys(u.name for u in units if u.category is UnitCategory.UNKNOWN))

    def set_categories(self, by_name: dict[str, UnitCategory], default: UnitCategory | None = None) -> list[str]:
        """Give the uncategorised actors a category: by their name, else `default` (None: they
        stay unknown). Returns the names in `by_name` that no such actor has."""
        for sid, uid in self.uncategorised:
            unit = self.project.scenarios[sid].units[uid]
            chosen = by_name.get(unit.name, default)
            if chosen is not None:
                unit.category = chosen
        names = set(self.uncategorised_names())
        return [name for name in by_name if name not in names]

    def skipped_lines(self, lang: str = "en") -> list[str]:
        """"3 × relationship of type Serving", … for everything the project could not carry."""
        out = []
        for (kind, detail), count in sorted(self.skipped.items()):
            sv, en = SKIP_WORDS[kind]
            out.append(f"{count} × {(en if lang == 'en' else sv).format(detail)}")
        return out


class _Reader:
    def __init__(self, path: Path, root: etree._Element, default_scenario: str) -> None:
        self.path, self.root, self.default_scenario = path, root, default_scenario
        self.skipped: Counter[tuple[str, str]] = Counter()
        self.uncategorised: list[tuple[str, str]] = []
        self.prop_keys: dict[str, str] = {}  # property definition identifier -> our key
        self.all_defs: dict[str, str] = {}  # property definition identifier -> its name

    def fail(self, node: etree._Element | None, message: str) -> ArchimateFileError:
        line = f" line {node.sourceline}:" if node is not None and node.sourceline else ""
        return ArchimateFileError(f"{self.path}:{line} {message}")

    def text_of(self, node: etree._Element, tag: str) -> str:
        """The `tag` child's text in Swedish when the file has it, else in the first language."""
        first: str | None = None
        for child in node.iterchildren(_TAGS[tag]):  # iterchildren: no path to parse per call
            if child.get(_LANG_ATTR) == LANG:
                return child.text or ""
            if first is None:
                first = child.text or ""
        return first or ""

    def name_of(self, node: etree._Element) -> str:
        return self.limited(limits.NAME, self.text_of(node, "name"), node, "name")

    def documentation(self, node: etree._Element) -> str:
        return self.limited(limits.TEXT, self.text_of(node, "documentation"), node, "documentation")

    def limited(self, limit: limits.Limit, value: str, node: etree._Element, what: str) -> str:
        """`value` within the limit the project file keeps for it (the one every edit checks)."""
        try:
            return str(limit(value))
        except limits.LimitError as exc:
            raise self.fail(node, f"{what} {exc}") from None

    def ident(self, node: etree._Element) -> str:
        identifier = node.get("identifier")
        if not identifier:
            raise self.fail(node, f"<{etree.QName(node).localname}> has no identifier")
        return identifier

    def properties(self, node: etree._Element) -> dict[str, tuple[str, etree._Element]]:
        out: dict[str, tuple[str, etree._Element]] = {}
        box = next(node.iterchildren(_TAGS["properties"]), None)
        for prop in () if box is None else box.iterchildren(_TAGS["property"]):
            ref = prop.get("propertyDefinitionRef", "")
            if ref not in self.prop_keys:
                if ref not in self.all_defs:
                    raise self.fail(prop, f"property refers to '{ref}', which no propertyDefinition defines")
                self.skipped["property", self.all_defs[ref]] += 1
                continue
            out[self.prop_keys[ref]] = (self.text_of(prop, "value").strip(), prop)
        return out

    # -- the model --
    def read(self) -> ImportedModel:
        root = self.root
        if root.tag != q("model"):
            qname = etree.QName(root)
            if (qname.namespace or "").rstrip("/") == NS_2:
                raise ArchimateVersionError(self.path, root.sourceline)
            where = f"in namespace {qname.namespace}" if qname.namespace else "in no namespace"
            raise self.fail(root, f"not an ArchiMate exchange model: the root element is <{qname.localname}> {where}; "
                                  f"expected <model> in namespace {NS}")
        for definition in root.iterfind(f"{q('propertyDefinitions')}/{q('propertyDefinition')}"):
            identifier, name = self.ident(definition), self.text_of(definition, "name").strip()
            self.all_defs[identifier] = name
            key = PROPERTY_KEYS.get(name.casefold())
            if key is not None:
                self.prop_keys[identifier] = key
        name = self.name_of(root) if root.find(q("name")) is not None else self.path.stem[:limits.NAME_MAX]
        project = Project(name, description=self.documentation(root))
        self.properties(root)  # the model's own properties have no place in a project: counted
        if root.find(q("metadata")) is not None:
            self.skipped["metadata", ""] += 1
        views = self.views()
        actors: dict[str, tuple[Scenario, str]] = {}  # identifier -> scenario, unit id
        functions: dict[str, str] = {}  # identifier -> function id
        seen: set[str] = set()
        for el in root.iterfind(f"{q('elements')}/{q('element')}"):
            identifier = self.ident(el)
            if identifier in seen:
                raise self.fail(el, f"identifier '{identifier}' is used twice")
            seen.add(identifier)
            kind = el.get(_TYPE_ATTR, "")
            if kind == ACTOR:
                scenario, unit = self.unit(el, identifier, project, views)
                actors[identifier] = (scenario, unit.id)
            elif kind == FUNCTION:
                function = self.function(el, identifier)
                if function.id in project.functions:
                    raise self.fail(el, f"function id '{function.id}' is used twice")
                project.functions[function.id] = function
                functions[identifier] = function.id
            else:
                self.skipped["element", kind or "?"] += 1
        self.relationships(actors, functions, seen)
        for scenario in project.scenarios.values():
            for unit in scenario.units.values():
                for d in unit.decisions:
                    project.decisions.setdefault(d, Decision(d, d))
        skipped_views = sum(1 for _ in root.iter(q("view")))
        if skipped_views:
            self.skipped["view", ""] += skipped_views
        for _ in root.iterfind(q("organizations")):
            self.skipped["organizations", ""] += 1
        return ImportedModel(project, self.skipped, self.uncategorised)

    def views(self) -> list[tuple[str, str, str]]:
        """(name, scenario id, description) of each view the export made (one per scenario)."""
        out = []
        for view in self.root.iter(q("view")):
            parts = ids.split(view.get("identifier", ""))
            if parts is not None and len(parts) == 2 and parts[0] == "v":
                out.append((self.limited(limits.NAME, self.text_of(view, "name"), view, "view name"),
                            self.limited(limits.ID, parts[1], view, "scenario id"), self.documentation(view)))
        return out

    def unit(self, el: etree._Element, identifier: str, project: Project,
             views: list[tuple[str, str, str]]) -> tuple[Scenario, Unit]:
        props = self.properties(el)
        parts = ids.split(identifier)
        scenario_name = props.get("scenario", (self.default_scenario, el))[0] or self.default_scenario
        scenario_name = self.limited(limits.NAME, scenario_name, props.get("scenario", ("", el))[1], "scenario name")
        if parts is not None and len(parts) == 4 and parts[0] == "s":  # a whole-project export: by id
            sid = self.limited(limits.ID, parts[1], el, "scenario id")
            scenario = project.scenarios.get(sid)
        else:  # one scenario, or a model from elsewhere: by the Scenario property
            scenario = next((s for s in project.scenarios.values() if s.name == scenario_name), None)
            sid = next((vid for name, vid, _d in views if name == scenario_name), "")
        if scenario is None:
            n = len(project.scenarios)
            while not sid or sid in project.scenarios:
                n += 1
                sid = f"s{n}"
            description = next((d for _name, vid, d in views if vid == sid), "")
            scenario = project.scenarios[sid] = Scenario(sid, scenario_name, description)
        uid = parts[-1] if parts is not None and len(parts) >= 2 and parts[-2] == "u" else identifier
        uid = self.limited(limits.ID, uid, el, "unit id")
        if uid in scenario.units:
            raise self.fail(el, f"unit id '{uid}' is used twice in scenario '{scenario.name}'")
        unit = Unit(uid, self.name_of(el), notes=self.documentation(el))
        for key, (value, node) in props.items():
            self.unit_property(unit, key, value, node)
        if not props.get("category", ("", el))[0]:  # the model does not say: not egenregi by default
            unit.category = UnitCategory.UNKNOWN
            self.uncategorised.append((scenario.id, uid))
        scenario.units[uid] = unit
        return scenario, unit

    def unit_property(self, unit: Unit, key: str, value: str, node: etree._Element) -> None:
        if not value:
            return
        try:
            if key == "category":
                unit.category = self.word(parse_category(value), key, value, node)
            elif key == "form":
                unit.form = self.word(parse_form(value), key, value, node)
            elif key == "budget":
                unit.budget_sek = limits.check_amount(float(value))
            elif key == "staff":
                unit.staff_fte = limits.check_amount(float(value), limits.FTE_MAX)
            elif key == "listed":
                unit.listed_patients = limits.check_count(float(value))
            elif key == "authorities":
                unit.authorities = frozenset(self.word(_AUTHORITIES.get(w.strip().casefold()), key, w, node)
                                             for w in value.split(LIST_SEPARATOR.strip()) if w.strip())
            elif key == "decisions":
                unit.decisions = tuple(limits.check_id(d.strip()) for d in value.split(LIST_SEPARATOR.strip()) if d.strip())
            elif key != "scenario":
                self.skipped["property", PROPERTIES[key][0]] += 1
        except (ValueError, OverflowError) as exc:  # LimitError is a ValueError
            raise self.fail(node, f"property '{key}' value '{value}' cannot be read ({exc})") from None

    def word(self, parsed: T | None, key: str, value: str, node: etree._Element) -> T:
        if parsed is None:
            raise self.fail(node, f"property '{key}' has the unknown value '{value}'")
        return parsed

    def function(self, el: etree._Element, identifier: str) -> Function:
        parts = ids.split(identifier)
        fid = parts[1] if parts is not None and len(parts) == 2 and parts[0] == "f" else identifier
        fid = self.limited(limits.ID, fid, el, "function id")
        function = Function(fid, self.name_of(el), description=self.documentation(el))
        for key, (value, node) in self.properties(el).items():
            if key == "function_category" and value:
                function.category = self.word(_FUNCTION_CATEGORIES.get(value.casefold()), key, value, node)
            elif key == "vardval" and value:
                if value.casefold() not in _TRUE | _FALSE:
                    raise self.fail(node, f"property 'vardval' has the unknown value '{value}'")
                function.vardval = value.casefold() in _TRUE
            elif value:
                self.skipped["property", PROPERTIES[key][0]] += 1
        return function

    def relationships(self, actors: dict[str, tuple[Scenario, str]], functions: dict[str, str], seen: set[str]) -> None:
        found = list(self.root.iterfind(f"{q('relationships')}/{q('relationship')}"))
        for rel in found:  # relationships may point at relationships, also later ones
            identifier = self.ident(rel)
            if identifier in seen:
                raise self.fail(rel, f"identifier '{identifier}' is used twice")
            seen.add(identifier)
        for rel in found:
            identifier, kind = self.ident(rel), rel.get(_TYPE_ATTR, "")
            source, target = rel.get("source", ""), rel.get("target", "")
            for end in (source, target):
                if end not in seen:
                    raise self.fail(rel, f"relationship '{identifier}' refers to '{end}', which the model does not define")
            if kind in (COMPOSITION, AGGREGATION) and source in actors and target in actors:
                (scenario, parent), (child_scenario, child) = actors[source], actors[target]
                unit = child_scenario.units[child]
                if scenario is not child_scenario or unit.parent_id is not None or parent == child:
                    self.skipped["second_parent", kind] += 1
                else:
                    unit.parent_id = parent
            elif kind == ASSIGNMENT and source in actors and target in functions:
                self.role(rel, actors[source], functions[target])
            else:
                self.skipped["relationship", kind or "?"] += 1

    def role(self, rel: etree._Element, actor: tuple[Scenario, str], function_id: str) -> None:
        props = self.properties(rel)
        if "responsibility" not in props or "role" not in props:
            self.skipped["bare_assignment", ""] += 1
            return
        (resp_text, resp_node), (role_text, role_node) = props["responsibility"], props["role"]
        responsibility = self.word(parse_responsibility(resp_text), "responsibility", resp_text, resp_node)
        role = self.word(parse_role(role_text), "role", role_text, role_node)
        scenario, uid = actor
        scenario.assignments[AssignmentKey(uid, function_id, responsibility)] = role


def read_model(path: Path | str, default_scenario: str = "Nuläge") -> ImportedModel:
    """A new project from an exchange file; raises XmlFileError (or ArchimateFileError) with the
    file and line when the file is unsafe, not XML, not an exchange model or breaks its rules."""
    path = Path(path)
    root = parse(path, read_bounded(path))
    with gc_paused():  # ~100,000 long-lived objects and no cycles: collecting on the way frees nothing
        return _Reader(path, root, default_scenario).read()
