"""ArchiMate exchange export and import: schema-valid, lossless for what it carries, stable, safe."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from orgdesigner.io.exchange.archimate import ids
from orgdesigner.io.exchange.archimate.reader import ArchimateFileError, read_model
from orgdesigner.io.exchange.archimate.safe_xml import XmlFileError
from orgdesigner.io.exchange.archimate.vocabulary import NS, q
from orgdesigner.io.exchange.archimate.writer import model_bytes
from orgdesigner.io.project.project_file import load_project
from orgdesigner.model.entities import AssignmentKey, Decision, Function, Project, Scenario, Unit
from orgdesigner.model.enums import (
    Authority,
    FunctionCategory,
    Responsibility,
    Role,
    UnitCategory,
    UnitForm,
)
from orgdesigner.resources import example_path
from tests.conftest import small_project
from tests.io.exchange.archimate_schema import assert_valid

EXAMPLE = load_project(example_path())


@pytest.mark.parametrize("scenario_id", [*EXAMPLE.scenarios, None])
def test_every_export_of_the_example_validates_against_the_31_schema(scenario_id):
    data = model_bytes(EXAMPLE, None if scenario_id is None else [scenario_id])
    assert_valid(data)
    root = etree.fromstring(data)
    views = root.findall(f"{q('views')}/{q('diagrams')}/{q('view')}")
    assert len(views) == (len(EXAMPLE.scenarios) if scenario_id is None else 1)


def test_the_view_is_laid_out_like_the_chart_without_overlaps():
    scenario = EXAMPLE.scenarios["nulage-2017"]
    root = etree.fromstring(model_bytes(EXAMPLE, [scenario.id]))
    nodes = root.findall(f".//{q('view')}/{q('node')}")
    assert len(nodes) == len(scenario.units)
    boxes = [tuple(int(n.get(k)) for k in "xywh") for n in nodes]
    assert len({(x, y) for x, y, _, _ in boxes}) == len(boxes)  # no two cards on one spot
    for i, (x, y, w, h) in enumerate(boxes):
        for x2, y2, w2, h2 in boxes[i + 1:]:
            assert x + w <= x2 or x2 + w2 <= x or y + h <= y2 or y2 + h2 <= y
    by_ref = {n.get("elementRef"): (int(n.get("x")), int(n.get("y"))) for n in nodes}
    root_unit = scenario.roots()[0]
    for uid, unit in scenario.units.items():  # every child sits lower than its parent
        if unit.parent_id is not None:
            assert by_ref[ids.make("u", uid)][1] > by_ref[ids.make("u", unit.parent_id)][1]
    assert by_ref[ids.make("u", root_unit)][1] == min(y for _, y in by_ref.values())


def test_the_mapping_of_units_functions_hierarchy_and_roles():
    root = etree.fromstring(model_bytes(EXAMPLE, ["nulage-2017"]))
    xsi = "{http://www.w3.org/2001/XMLSchema-instance}type"
    kinds = [e.get(xsi) for e in root.iterfind(f"{q('elements')}/{q('element')}")]
    scenario = EXAMPLE.scenarios["nulage-2017"]
    assert kinds.count("BusinessActor") == len(scenario.units)
    assert kinds.count("BusinessFunction") == len(EXAMPLE.functions)
    rels = [r.get(xsi) for r in root.iterfind(f"{q('relationships')}/{q('relationship')}")]
    assert rels.count("Composition") == sum(1 for u in scenario.units.values() if u.parent_id)
    assert rels.count("Assignment") == len(scenario.assignments)
    actor = root.find(f"{q('elements')}/{q('element')}[@identifier='{ids.make('u', 'best')}']")
    assert actor.findtext(q("name")) == scenario.units["best"].name
    names = {d.get("identifier"): d.findtext(q("name")) for d in root.iter(q("propertyDefinition"))}
    props = {names[p.get("propertyDefinitionRef")]: p.findtext(q("value")) for p in actor.iter(q("property"))}
    assert props["Kategori"] == "beställarenhet" and props["Scenario"] == "Nuläge 2017"


def test_identifiers_are_stable_across_scenarios_and_exports():
    a = etree.fromstring(model_bytes(EXAMPLE, ["nulage-2017"]))
    b = etree.fromstring(model_bytes(EXAMPLE, ["koncern-2018"]))
    ident = {e.findtext(q("name")): e.get("identifier") for e in a.iter(q("element"))}
    ident_b = {e.findtext(q("name")): e.get("identifier") for e in b.iter(q("element"))}
    common = set(ident) & set(ident_b)
    assert len(common) > 20 and all(ident[n] == ident_b[n] for n in common)
    assert model_bytes(EXAMPLE, ["koncern-2018"]) == model_bytes(EXAMPLE, ["koncern-2018"])


@given(st.text(min_size=1, max_size=30))
def test_identifier_escaping_is_reversible_and_an_ncname(text):
    identifier = ids.make("u", text)
    assert ids.split(identifier) == ["u", text]
    etree.fromstring(f'<a xml:id="{identifier}"/>'.encode())  # an xs:ID must be an NCName


# -- round trip over random projects --
_TEXT = string.ascii_letters + string.digits + " åäöÅÄÖé-/&<>\"'.,;:()_"
names = st.text(_TEXT, min_size=1, max_size=40).map(str.strip).filter(bool)
notes = st.one_of(st.just(""), st.text(_TEXT + "\n\t\r", min_size=1, max_size=60).filter(str.strip))
idents = st.text(string.ascii_lowercase + string.digits + "-_/åé.:", min_size=1, max_size=12)
amounts = st.one_of(st.none(), st.integers(0, 10**12).map(float), st.floats(0, 1e12, allow_nan=False, allow_infinity=False))


@st.composite
def projects(draw) -> Project:
    project = Project(draw(names), description=draw(notes))
    fids = draw(st.lists(idents, min_size=1, max_size=5, unique=True))
    for fid in fids:
        project.functions[fid] = Function(fid, draw(names), draw(st.sampled_from(FunctionCategory)), draw(st.booleans()), draw(notes))
    decisions = draw(st.lists(st.text(string.ascii_uppercase + "/0123456789", min_size=1, max_size=10), max_size=3, unique=True))
    for d in decisions:
        project.decisions[d] = Decision(d, d)
    for sid in draw(st.lists(idents, min_size=1, max_size=3, unique=True)):
        # scenario names may repeat: a whole-project model tells scenarios apart by id
        scenario = Scenario(sid, draw(st.one_of(st.sampled_from(["Nuläge", "Koncern"]), names)), draw(notes))
        uids = draw(st.lists(idents, min_size=1, max_size=12, unique=True))
        for i, uid in enumerate(uids):
            parent = draw(st.one_of(st.none(), st.sampled_from(uids[:i]))) if i else None
            scenario.units[uid] = Unit(
                uid, draw(names), draw(st.sampled_from(UnitCategory)), draw(st.sampled_from(UnitForm)), parent,
                frozenset(draw(st.sets(st.sampled_from(Authority)))), tuple(draw(st.lists(st.sampled_from(decisions), unique=True)) if decisions else ()),
                draw(amounts), draw(st.one_of(st.none(), st.floats(0, 1e5, allow_nan=False))), draw(st.one_of(st.none(), st.integers(0, 10**9))),
                draw(notes),
            )
        for _ in range(draw(st.integers(0, 10))):
            key = AssignmentKey(draw(st.sampled_from(uids)), draw(st.sampled_from(fids)), draw(st.sampled_from(Responsibility)))
            scenario.assignments[key] = draw(st.sampled_from(Role))
        project.scenarios[sid] = scenario
    return project


def _facts(scenario: Scenario) -> tuple:
    units = [(u.id, u.name, u.parent_id, u.category, u.form, u.authorities, u.decisions, u.budget_sek, u.staff_fte,
              u.listed_patients, u.notes) for u in scenario.units.values()]
    return scenario.id, scenario.name, scenario.description, units, dict(scenario.assignments)


def _functions(project: Project) -> list[tuple]:
    return [(f.id, f.name, f.category, f.vardval, f.description) for f in project.functions.values()]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects(), st.booleans())
def test_export_import_gives_back_units_hierarchy_functions_and_roles(tmp_path_factory, project, whole):
    chosen = None if whole else [next(iter(project.scenarios))]
    data = model_bytes(project, chosen)
    assert_valid(data)
    path = tmp_path_factory.mktemp("am") / "m.archimate.xml"
    path.write_bytes(data)
    imported = read_model(path)
    back = imported.project
    assert back.name == project.name and _functions(back) == _functions(project)
    wanted = list(project.scenarios) if whole else chosen
    assert [_facts(s) for s in back.scenarios.values()] == [_facts(project.scenarios[s]) for s in wanted]
    assert set(imported.skipped) <= {("view", "")}  # only the views, which the chart redraws
    assert model_bytes(back, None if whole else list(back.scenarios)) == data  # byte-identical re-export


# -- foreign models and bad files --
def _model(body: str, root: str = f'<model xmlns="{NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="m">') -> bytes:
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{root}<name>Arkitekternas modell</name>{body}</model>'.encode()


def test_a_foreign_model_imports_actors_and_lists_what_it_skips(tmp_path):
    path = tmp_path / "archi.xml"
    path.write_bytes(_model("""
<elements>
  <element identifier="id-a1" xsi:type="BusinessActor"><name xml:lang="sv">Regionstyrelsen</name></element>
  <element identifier="id-a2" xsi:type="BusinessActor"><name xml:lang="sv">Hälso- och sjukvård</name></element>
  <element identifier="id-a3" xsi:type="BusinessActor"><name xml:lang="sv">Primärvård</name></element>
  <element identifier="id-f1" xsi:type="BusinessFunction"><name>Vårdval</name></element>
  <element identifier="id-p1" xsi:type="BusinessProcess"><name>Lista patient</name></element>
  <element identifier="id-p2" xsi:type="BusinessProcess"><name>Remittera</name></element>
  <element identifier="id-o1" xsi:type="BusinessObject"><name>Avtal</name></element>
</elements>
<relationships>
  <relationship identifier="id-r1" source="id-a1" target="id-a2" xsi:type="Composition"/>
  <relationship identifier="id-r2" source="id-a2" target="id-a3" xsi:type="Aggregation"/>
  <relationship identifier="id-r3" source="id-a3" target="id-f1" xsi:type="Assignment"/>
  <relationship identifier="id-r4" source="id-f1" target="id-p1" xsi:type="Serving"/>
</relationships>"""))
    imported = read_model(path)
    scenario = next(iter(imported.project.scenarios.values()))
    assert scenario.name == "Nuläge" and [u.name for u in scenario.units.values()] == ["Regionstyrelsen", "Hälso- och sjukvård", "Primärvård"]
    assert all(u.category is UnitCategory.UNKNOWN for u in scenario.units.values())
    assert imported.set_categories({}) == [] and scenario.units["id-a1"].category is UnitCategory.UNKNOWN
    assert scenario.units["id-a3"].parent_id == "id-a2" and scenario.units["id-a2"].parent_id == "id-a1"
    assert [f.name for f in imported.project.functions.values()] == ["Vårdval"] and not scenario.assignments
    assert imported.skipped_lines() == [
        "1 × Assignment relationship without responsibility and role",
        "1 × element of type BusinessObject",
        "2 × element of type BusinessProcess",
        "1 × relationship of type Serving",
    ]


def test_archis_archisurance_model_imports_its_actors_and_functions_and_counts_the_rest():
    imported = read_model(Path(__file__).parent / "archimate_xsd" / "archisurance.xml")
    scenario = next(iter(imported.project.scenarios.values()))
    # a model from elsewhere does not say who is egenregi: the Client is no unit of the region
    assert {u.category for u in scenario.units.values()} == {UnitCategory.UNKNOWN}
    assert len(imported.uncategorised_names()) == 17 and "Client" in imported.uncategorised_names()
    assert imported.set_categories({"Client": UnitCategory.PRIVATE_PROVIDER, "Nobody": UnitCategory.SUPPORT},
                                   default=UnitCategory.OWN_PROVIDER) == ["Nobody"]
    by_name = {u.name: u.category for u in scenario.units.values()}
    assert by_name["Client"] is UnitCategory.PRIVATE_PROVIDER and by_name["Board"] is UnitCategory.OWN_PROVIDER
    assert imported.project.name == "Archisurance" and len(scenario.units) == 17
    assert {"Client", "Back Office", "Board"} <= {u.name for u in scenario.units.values()}
    assert len(imported.project.functions) == 6
    skipped = imported.skipped
    assert skipped["element", "BusinessProcess"] == 9 and skipped["relationship", "Serving"] == 32
    assert skipped["view", ""] == 17 and skipped["metadata", ""] == 1 and skipped["organizations", ""] == 1
    assert skipped["property", "Property1"] >= 1  # the model's own property is counted, not dropped


HOSTILE = {
    "billion laughs": b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + b"".join(b'<!ENTITY lol%d "%s">\n' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10) for i in range(1, 10))
    + b"]>\n" + f'<model xmlns="{NS}" identifier="m"><name>&lol9;</name></model>'.encode(),
    "external entity": b'<?xml version="1.0"?>\n<!DOCTYPE model [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
    + f'<model xmlns="{NS}" identifier="m"><name>&xxe;</name></model>'.encode(),
    "ArchiMate 2.1": b'<?xml version="1.0"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate" identifier="m"><name>2.1</name></model>',
    "wrong namespace": b'<?xml version="1.0"?>\n<model xmlns="http://example.com/not-archimate" identifier="m"><name>x</name></model>',
    "not xml": b"unit;parent\nrs;\n",
    "html": b"<html><body>Hej</body></html>",
}


@pytest.mark.parametrize("case", HOSTILE)
def test_hostile_and_foreign_files_are_refused_with_the_file_and_line(tmp_path, case):
    path = tmp_path / "hostile.xml"
    path.write_bytes(HOSTILE[case])
    with pytest.raises(XmlFileError) as info:
        read_model(path)
    message = str(info.value)
    assert message.startswith(f"{path}: line ") and "root:x:0:0" not in message
    if case in ("billion laughs", "external entity"):
        assert "document type declaration" in message and "line 2" in message
    if case == "wrong namespace":
        assert "not an ArchiMate exchange model" in message and NS in message
    if case == "ArchiMate 2.1":  # told by its name, in the user's language where the window speaks
        assert message == f"{path}: line 2: ArchiMate 2.1 exchange files are not supported; export as 3.x"
        assert info.value.message("sv") == f"{path}: rad 2: exchange-filer i ArchiMate 2.1 stöds inte; exportera som 3.x"


def test_a_200_mb_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.xml"
    with path.open("wb") as fh:  # sparse: 200 MB on paper, nothing on disk
        fh.write(_model(""))
        fh.truncate(200 * 1024 * 1024)
    with pytest.raises(XmlFileError, match=r"huge.xml: 210 MB is larger than the 105 MB"):
        read_model(path)


def test_text_xml_cannot_carry_is_refused_by_name_not_written_garbled():
    project = small_project()
    project.scenarios["now"].units["pv"].name = "Primär\x01vården"
    with pytest.raises(ValueError, match="U\\+0001"):
        model_bytes(project, ["now"])


def test_a_broken_reference_names_the_line(tmp_path):
    path = tmp_path / "broken.xml"
    path.write_bytes(_model('\n<elements>\n<element identifier="a" xsi:type="BusinessActor"><name>A</name></element>\n'
                            '</elements>\n<relationships>\n<relationship identifier="r" source="a" target="nowhere" xsi:type="Composition"/>\n'
                            "</relationships>"))
    with pytest.raises(ArchimateFileError, match=r"broken.xml: line 7: relationship 'r' refers to 'nowhere'"):
        read_model(path)


def test_an_unknown_category_word_names_the_line(tmp_path):
    word = '<value xml:lang="sv">beställarenhet</value>'.encode()
    data = model_bytes(EXAMPLE, ["nulage-2017"]).replace(word, b'<value xml:lang="sv">marsian</value>', 1)
    path = tmp_path / "m.xml"
    path.write_bytes(data)
    line = data[: data.index(b"marsian")].count(b"\n")  # the <property> element's line
    with pytest.raises(ArchimateFileError, match=rf"m.xml: line {line}: property 'category' has the unknown value 'marsian'"):
        read_model(path)
