"""The whole chart on one screen with legible names: less detail rather than smaller text.

Used by presentation mode. Branches are collapsed from the bottom up — the parent with the most
leaf children first, so the grid of hälsocentraler becomes one card "+N" before a management
level is folded — until the chart fits the view at the legible zoom. A collapsed branch is one
card with its name and the count of units below it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from orgdesigner.model.entities import Scenario
    from orgdesigner.ui.chart.view import ChartView

_MARGIN = 40  # scene units round the chart, as fit_all leaves


def fitting_zoom(view: ChartView) -> float:
    """The zoom at which the whole chart just fits the viewport."""
    rect = view.chart_scene().chart_rect()
    if rect.isEmpty():
        return float("inf")
    port = view.viewport().rect()
    return min(port.width() / (rect.width() + _MARGIN), port.height() / (rect.height() + _MARGIN))


def fits(view: ChartView) -> bool:
    """Whether the whole chart fits the viewport at the view's legible zoom."""
    return fitting_zoom(view) >= view.legible_zoom()


def collapse_to_fit(view: ChartView, keep: frozenset[str] = frozenset(), undo_on_failure: bool = True) -> bool:
    """Collapse bottom branches until the chart fits legibly; True when it does. The units in
    `keep` (and so their ancestors) stay unfolded. When folding cannot make it fit, the folds
    are undone (presentation: legible and scrolling, as before), or with `undo_on_failure`
    off kept, the least detail there is."""
    scene = view.chart_scene()
    scenario = scene.scenario
    if scenario is None:
        return True
    before = set(scene.collapsed)
    kept = {a for uid in keep if uid in scenario.units for a in scenario.ancestors(uid)}
    scene.ensure_layout()
    useless: set[str] = set()  # folds that made the chart no easier to fit (width set elsewhere)
    while not fits(view):
        shown = {uid: c for uid, c in _shown_parents(scenario, scene.collapsed).items()
                 if uid not in kept and uid not in useless}
        if not shown:
            if undo_on_failure:
                scene.set_collapsed_units(before)
            return False
        # the lowest branches first (their children are leaves or folded), the largest of them first
        bottom = [uid for uid, children in shown.items() if all(c not in shown for c in children)]
        chosen = max(bottom or list(shown), key=lambda uid: (len(shown[uid]), uid))
        zoom = fitting_zoom(view)
        scene.set_collapsed(chosen, True)
        scene.ensure_layout()
        if fitting_zoom(view) <= zoom * 1.001:  # no help: keep that branch's detail
            scene.set_collapsed(chosen, False)
            scene.ensure_layout()
            useless.add(chosen)
    return True


def _shown_parents(scenario: Scenario, collapsed: set[str]) -> dict[str, list[str]]:
    """Units with a card and children on the chart: unit id → its child ids."""
    hidden: set[str] = set()
    for uid in collapsed:
        if uid in scenario.units:
            hidden.update(scenario.subtree(uid)[1:])
    out: dict[str, list[str]] = {}
    for uid in scenario.units:
        if uid in hidden or uid in collapsed:
            continue
        children = scenario.children(uid)
        if children:
            out[uid] = list(children)
    return out
