"""Dark mode: card text keeps WCAG AA contrast in both schemes, View → Colour scheme forces one,
exports stay light."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from orgdesigner.model.enums import UnitCategory
from orgdesigner.ui.chart import style
from orgdesigner.ui.colour_scheme import DARK, LIGHT, SYSTEM
from tests.conftest import EXAMPLE
from tests.ui.window_fixtures import make_window


def test_contrast_ratio_matches_the_wcag_examples():
    assert style.contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert style.contrast_ratio(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("scheme", [LIGHT, DARK])
@pytest.mark.parametrize("category", list(UnitCategory))
def test_card_text_on_card_fill_meets_wcag_aa(scheme, category):
    text, secondary = (QColor(str(style.SCHEMES[scheme][k])) for k in ("text", "secondary"))
    fill = style.card_fill(category, scheme)
    assert style.contrast_ratio(text, fill) >= 4.5
    assert style.contrast_ratio(secondary, fill) >= 4.5  # the ◆ form line too
    fold = QColor(str(style.SCHEMES[scheme]["fold"]))
    assert style.contrast_ratio(fold, fill) >= 3.0  # "+N" is bold and large: WCAG's 3:1 for large text


def test_forcing_dark_recolours_the_chart_and_is_remembered(qtbot, dialogs, settings, recovery_dir):
    window = make_window(qtbot, dialogs, settings, EXAMPLE)
    scene = window.chart.scene
    scene.ensure_labels()
    card = next(iter(scene.cards.values()))
    try:
        window.colour_scheme.set_choice(DARK)
        assert style.scheme() == DARK
        assert window.chart_view.backgroundBrush().color().lightness() < 60
        assert card.brush().color() == style.card_fill(card._category, DARK)
        assert card._name is not None and card._name.brush().color().lightness() > 200
        qtbot.waitUntil(lambda: window.palette().window().color().lightness() < 128)  # the widgets are dark too
        window.close()
        again = make_window(qtbot, dialogs, settings)
        assert again.colour_scheme.choice == DARK and style.scheme() == DARK
        again.colour_scheme.set_choice(LIGHT)
        assert style.scheme() == LIGHT
        qtbot.waitUntil(lambda: again.palette().window().color().lightness() > 128)
        again.colour_scheme.set_choice(SYSTEM)
        again.close()
    finally:
        style.set_scheme(LIGHT)


def test_exports_are_light_while_the_window_is_dark():
    from orgdesigner.io.project.project_file import load_project
    from orgdesigner.ui.chart.render import build_chart_scene

    project = load_project(EXAMPLE)
    scenario = next(iter(project.scenarios.values()))
    with style.using(DARK):
        scene = build_chart_scene(scenario)
    card = next(iter(scene.cards.values()))
    assert card.brush().color() == style.card_fill(card._category, LIGHT)


def test_a_card_names_its_category_in_words(qtbot):
    from orgdesigner.io.project.project_file import load_project
    from orgdesigner.ui.chart.render import build_chart_scene

    scenario = next(iter(load_project(EXAMPLE).scenarios.values()))
    scene = build_chart_scene(scenario)
    for uid, card in scene.cards.items():
        unit = scenario.units[uid]
        assert style.category_label(unit.category) in card.toolTip()  # not only its colour


def test_finding_badges_carry_a_count_and_a_shape_per_severity(qtbot):
    from orgdesigner.io.project.project_file import load_project
    from orgdesigner.ui.chart.render import build_chart_scene

    scenario = next(iter(load_project(EXAMPLE).scenarios.values()))
    ids = list(scenario.units)[:3]
    colours = [style.FINDING_COLOUR, style.WARNING_COLOUR, style.INFO_COLOUR]
    scene = build_chart_scene(scenario, finding_counts={u: (i + 2, c) for i, (u, c) in enumerate(zip(ids, colours, strict=True))})
    shapes = [scene.cards[u]._findings.data(0) for u in ids]
    assert shapes == ["circle", "diamond", "square"]  # severity readable without colour
    assert [scene.cards[u].finding_count_text() for u in ids] == ["2", "3", "4"]
    card = scene.cards[ids[0]]
    card.set_finding_count(5, style.WARNING_COLOUR)  # worst severity changes: the shape follows
    assert card._findings.data(0) == "diamond" and card.finding_count_text() == "5"
    assert len([i for i in card.childItems() if i.data(0) in ("circle", "diamond", "square")]) == 1
