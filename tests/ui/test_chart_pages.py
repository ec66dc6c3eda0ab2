"""The chart on paper: every card name prints at 7 pt or larger, every unit is on some page, and
added or moved units are outlined (PDF and DOCX plan their pages the same way)."""

from __future__ import annotations

import pytest

from orgdesigner.analysis.compare import diff_scenarios
from orgdesigner.io.project.project_file import load_project
from orgdesigner.ui.render.chart_pages import DOCX_AREA_IN, MIN_NAME_PT, plan_pages
from orgdesigner.ui.render.proposal_pdf import CHART_AREA_IN
from tests.conftest import EXAMPLE

PDF_AREA_IN = CHART_AREA_IN


@pytest.mark.parametrize("area", [PDF_AREA_IN, DOCX_AREA_IN], ids=["pdf", "docx"])
@pytest.mark.parametrize("scenario_id", ["nulage-2017", "koncern-2018", "intraprenad-are-krokom"])
def test_every_card_name_prints_at_7_pt_or_more(qtbot, area, scenario_id):
    project = load_project(EXAMPLE)
    scenario = project.scenarios[scenario_id]
    status = diff_scenarios(project.scenarios["nulage-2017"], scenario).unit_status()
    pages = plan_pages(scenario, None, *area, status=status)
    smallest = min(page.name_pt() for page in pages)
    assert smallest >= MIN_NAME_PT, f"smallest card name {smallest:.2f} pt"
    shown = {uid for page in pages for uid in page.units()}
    assert shown == set(scenario.units)
    for page in pages:  # printed size fits the area
        source = page.source()
        assert source.width() / 96 * page.factor <= area[0] + 1e-6
        assert source.height() / 96 * page.factor <= area[1] + 1e-6


def test_the_whole_chart_on_one_page_would_be_illegible(qtbot):
    """Why the split exists: fitted onto one landscape A4 page, the example prints names below 4 pt."""
    from orgdesigner.ui.chart import style
    from orgdesigner.ui.render.chart_image import chart_scene
    from orgdesigner.ui.render.chart_pages import _factor

    scenario = load_project(EXAMPLE).scenarios["koncern-2018"]
    assert style.name_font().pointSizeF() * _factor(chart_scene(scenario), *PDF_AREA_IN) < 4


def _koncern_pages(area=CHART_AREA_IN):
    project = load_project(EXAMPLE)
    scenario = project.scenarios["koncern-2018"]
    status = dict(diff_scenarios(project.scenarios["nulage-2017"], scenario).unit_status())
    return scenario, status, plan_pages(scenario, None, *area, status=status)


def test_each_page_legend_lists_only_what_the_page_shows(qtbot):
    from orgdesigner.ui.render.chart_pages import DOTTED_WORDS, STATUS_WORDS, legend_items

    scenario, status, pages = _koncern_pages()
    words = {w[0]: k for k, w in STATUS_WORDS.items()}
    seen = []
    for page in pages:
        items = legend_items(page, status, "sv")
        listed = {words[i.word] for i in items if i.line is None}
        assert listed == {status[u] for u in page.units() if u in status and status[u] != "removed"}, page.title
        seen.append(listed)
    assert any(len(s) < len({*status.values()} - {"removed"}) for s in seen)  # not every status on every page
    # the hälsocentraler's dotted line to the chefläkare (on another page) is drawn as a stub and explained
    page = next(p for p in pages if "Närområde Östersund" in p.title)
    items = legend_items(page, status, "sv")
    assert [i.word for i in items if i.line is not None] == [DOTTED_WORDS["professional"][0]]


def test_the_overview_stacks_units_that_stand_alone_beside_the_organisation(qtbot):
    scenario, _, pages = _koncern_pages()
    overview = pages[0]
    assert overview.side is not None
    assert set(overview.side.cards) == {r for r in scenario.roots() if not scenario.children(r)}
    # the overview reaches below the top: the regiondirektör's units are on it
    regiondirektor = next(u.id for u in scenario.units.values() if u.name == "Regiondirektör")
    assert set(scenario.children(regiondirektor)) <= overview.units()


def test_every_dotted_line_is_drawn_or_named_on_both_its_pages(qtbot):
    from orgdesigner.ui.chart.dotted import DottedLayer
    from orgdesigner.ui.render.chart_pages import crossing_notes

    scenario, _, pages = _koncern_pages()
    notes = crossing_notes(scenario, pages, "sv", lambda i: i + 5)
    lines = [(u, line.target_id) for u, unit in scenario.units.items() for line in unit.dotted_lines]
    assert lines
    for source, target in lines:
        for index, page in enumerate(pages):
            shown = page.units()
            if source in shown and target in shown:
                assert (source, target) in DottedLayer.of(page.scene).items
            elif source in shown or target in shown:
                other = scenario.units[target if source in shown else source].name
                assert any(other in note for note in notes[index]), (page.title, other)
    chef = next(i for i, p in enumerate(pages) if "Chefläkare" in {scenario.units[u].name for u in p.units()})
    assert any(n.startswith("Streckade linjer (professionellt/medicinskt ansvar) till Chefläkare från Brunflo hälsocentral")
               and n.endswith("(sida 8).") for n in notes[chef])  # the närområden share page 8


def test_small_sibling_pages_share_a_page(qtbot):
    """One-level pages of sibling units are packed side by side while the names stay legible: the
    example's närområden Östersund and Jämtland väst och norr share a page; a 2,000-unit region's
    forty pages hold far more than one manager and its direct reports each."""
    from benchmarks.synthetic import synthetic_project

    scenario, _, pages = _koncern_pages()
    shared = [p for p in pages if p.also]
    assert [p.title for p in shared] == ["Närområde Östersund, Närområde Jämtland väst och norr och Närområde Härjedalen "
                                         "och söder med underställda enheter"]
    assert len(pages) == 4
    assert min(p.name_pt() for p in pages) >= MIN_NAME_PT
    big = synthetic_project(units=2000, functions=5, assignments=50).scenarios["s0"]
    packed = plan_pages(big, None, *CHART_AREA_IN)
    assert min(p.name_pt() for p in packed) >= MIN_NAME_PT
    assert sum(len(p.units()) for p in packed) / len(packed) > 12  # 9.9 cards a page before packing
