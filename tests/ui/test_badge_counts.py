"""The chart's findings badges counted only for the cards there are, and for every unit when a
card is first made: each card's number and colour as counting every unit gives them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import synthetic_project
from orgdesigner.analysis.findings import Finding, Severity, Subjects
from orgdesigner.model.document import Document
from orgdesigner.ui.chart import style
from orgdesigner.ui.chart.badge_counts import BadgeCounts, count_badges
from orgdesigner.ui.chart.panel import ChartPanel
from orgdesigner.ui.undo import DocumentController

COLOUR = {Severity.ERROR: style.FINDING_COLOUR, Severity.WARNING: style.WARNING_COLOUR, Severity.INFO: style.INFO_COLOUR}
WORST = [Severity.ERROR, Severity.WARNING, Severity.INFO]


def plain_badges(findings: list[Finding]) -> dict[str, tuple[int, str]]:
    """Per unit named by an open finding: how many name it, in the colour of the worst."""
    named: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.acknowledged is None:
            for uid in finding.subjects.units:
                named.setdefault(uid, []).append(finding)
    return {uid: (len(fs), COLOUR[min((f.severity for f in fs), key=WORST.index)]) for uid, fs in named.items()}


units = st.sampled_from(["a", "b", "c", "d", "e"])
findings_strategy = st.lists(st.builds(
    Finding, rule=st.just("R"), severity=st.sampled_from(WORST), message_sv=st.just("f"), message_en=st.just("f"),
    subjects=st.builds(Subjects, units=st.lists(units, max_size=3).map(tuple)),
    acknowledged=st.none() | st.sampled_from(["", "godtas"]),  # an empty comment still acknowledges
), max_size=30)


@settings(max_examples=300, deadline=None)
@given(findings_strategy, st.sets(units), units)
def test_counting_the_cards_first_gives_what_counting_all_gives(findings, cards, other):
    every = plain_badges(findings)
    assert count_badges(findings) == every
    badges = BadgeCounts(findings, cards)
    assert {uid: badges.get(uid) for uid in cards} == {uid: every.get(uid) for uid in cards}
    assert not badges.complete  # the cards' badges alone counted
    assert badges.get(other) == every.get(other)  # a card made later
    assert dict(badges) == every and (badges.complete or other in cards)


def _badges_on_cards(panel: ChartPanel) -> dict[str, tuple[int, str]]:
    return {uid: card._badge for uid, card in panel.scene.cards.items() if card._badge is not None}


def test_a_large_chart_counts_its_cards_badges_and_the_rest_when_a_branch_unfolds(qtbot):
    ctl = DocumentController()
    panel = ChartPanel(ctl)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    ctl.set_document(Document(synthetic_project(units=3000, functions=40, assignments=6000)), None)
    qtbot.wait(30)
    findings = ctl.analysis.result(ctl.scenario_id).findings
    every = plain_badges(findings)
    scene = panel.scene
    assert scene.collapsed and len(scene.cards) < 300
    shown = _badges_on_cards(panel)
    assert shown and shown == {uid: every[uid] for uid in scene.cards if uid in every}
    assert not scene._findings.complete  # the folded units were not counted
    scene.set_collapsed_units(set())  # every card
    assert len(scene.cards) == 3000
    assert _badges_on_cards(panel) == every
