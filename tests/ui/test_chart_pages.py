"""The chart on paper: every card name prints at 7 pt or larger, every unit is on some page, and
added or moved units are outlined (PDF and DOCX plan their pages the same way)."""

from __future__ import annotations

import pytest

from orgdesigner.analysis.compare import diff_scenarios
from orgdesigner.io.project_file import load_project
from orgdesigner.ui.render.chart_pages import DOCX_AREA_IN, MIN_NAME_PT, plan_pages
from orgdesigner.ui.render.proposal_pdf import MARGIN_MM
from tests.conftest import EXAMPLE

PDF_AREA_IN = ((297 - 2 * MARGIN_MM) / 25.4, (210 - 2 * MARGIN_MM) / 25.4 - 0.95)


@pytest.mark.parametrize("area", [PDF_AREA_IN, DOCX_AREA_IN], ids=["pdf", "docx"])
@pytest.mark.parametrize("scenario_id", ["nulage-2017", "koncern-2018", "intraprenad-are-krokom"])
def test_every_card_name_prints_at_7_pt_or_more(qtbot, area, scenario_id):
    project = load_project(EXAMPLE)
    scenario = project.scenarios[scenario_id]
    status = diff_scenarios(project.scenarios["nulage-2017"], scenario).unit_status()
    pages = plan_pages(scenario, None, *area, status=status)
    smallest = min(page.name_pt() for page in pages)
    assert smallest >= MIN_NAME_PT, f"smallest card name {smallest:.2f} pt"
    shown = {uid for page in pages for uid in page.scene.cards}
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
