"""The whole chart on one screen with legible names: less detail rather than smaller text.

Every fitted view (the chart when it opens, View → Whole chart, View → Whole organisation,
legible, presentation mode, the comparison's charts) asks `layout.fold` which branches to fold so
the chart fits the viewport at the zoom where names are still `legible_px` high: the deepest
levels fold first, then single branches unfold again, shallow and small ones first, while it
still fits. A folded branch is one card with its name and the count of units in it.

A search is remembered per view: asked again about the same chart in the same room (a chart
that opens is folded before its cards are made, then fitted, perhaps refitted) it answers at
once, where a search takes 0.15 s at 50,000 units.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtWidgets import QGraphicsView

from orgdesigner.layout.fold import Folds, folds_to_fit
from orgdesigner.ui.chart import style
from orgdesigner.ui.chart.scene import ChartScene, chart_units, staff_units

if TYPE_CHECKING:
    from orgdesigner.model.entities import Scenario

FIT_MARGIN = 40  # scene units round the chart, as a fit leaves
LEGIBLE_NAME_PX = 9.5  # a fit never makes card names smaller than this (the target is 9 px)


def legible_zoom(view: QGraphicsView, legible_px: float = LEGIBLE_NAME_PX) -> float:
    """The zoom at which card names are `legible_px` high on screen."""
    return legible_px / (style.name_font().pointSizeF() * view.logicalDpiY() / 72.0)


def _legible_px(view: QGraphicsView) -> float:
    return float(getattr(view, "legible_px", LEGIBLE_NAME_PX))


def legible_area(view: QGraphicsView) -> tuple[float, float]:
    """The scene area the viewport shows at the legible zoom, less the fit's margin."""
    zoom = legible_zoom(view, _legible_px(view))
    port = view.viewport().rect()
    return port.width() / zoom - FIT_MARGIN, port.height() / zoom - FIT_MARGIN


def _scene(view: QGraphicsView) -> ChartScene:
    scene = view.scene()
    assert isinstance(scene, ChartScene)
    return scene


def fitting_zoom(view: QGraphicsView) -> float:
    """The zoom at which the whole chart just fits the viewport."""
    rect = _scene(view).chart_rect()
    if rect.isEmpty():
        return float("inf")
    port = view.viewport().rect()
    return min(port.width() / (rect.width() + FIT_MARGIN), port.height() / (rect.height() + FIT_MARGIN))


def fits(view: QGraphicsView) -> bool:
    """Whether the whole chart fits the viewport at the view's legible zoom."""
    return fitting_zoom(view) >= legible_zoom(view, _legible_px(view))


def folds_for(view: QGraphicsView, scenario: Scenario, subtree_root: str | None = None,
              keep: Iterable[str] = (), folded: Iterable[str] = (), strict: bool = False) -> Folds:
    """The folds that fit `scenario` in the view legibly; the scene need not show it yet (so a
    50,000-unit chart makes cards only for the few dozen it will show). The `keep` units stay
    shown; when their branches are too big for that, the whole chart comes first unless `strict`."""
    order, parents = chart_units(scenario, subtree_root)
    width, height = legible_area(view)
    params = _scene(view).params
    keep, folded = tuple(keep), frozenset(folded)
    staff = staff_units(scenario)
    asked = _Asked(order, parents, staff, (width, height, params, keep, folded, strict))
    last = _LAST.get(view)
    if last is not None and last[0] == asked:
        return last[1]  # the same chart in the same room: the same folds
    found = folds_to_fit(order, parents, width, height, params, keep=keep, folded=folded, staff=staff)
    if not found.fits and keep and not strict:
        found = folds_to_fit(order, parents, width, height, params, folded=folded, staff=staff)
    _LAST[view] = (asked, found)
    return found


@dataclass(frozen=True, slots=True)
class _Asked:
    """Everything a fold search depends on: the chart (its units in order, their parents, the
    staff units) and the room (legible area, layout settings, units kept shown, the planner's
    own folds, strictness). Equal questions have equal answers; comparing them costs a few
    milliseconds at 50,000 units, a search 0.15 s."""

    order: list[str]
    parents: dict[str, str | None]
    staff: list[str]
    room: tuple[object, ...]


#: each view's last fold search: a chart that opens is folded before its cards are made, then
#: fitted (and refitted when the window's docks took their places meanwhile), with one search
_LAST: WeakKeyDictionary[QGraphicsView, tuple[_Asked, Folds]] = WeakKeyDictionary()


def fold_to_fit(view: QGraphicsView, keep: Iterable[str] = (), keep_hand_folds: bool = True, strict: bool = False) -> bool:
    """Fold the view's chart so it fits legibly; True when it does (else it is as small as the
    folds make it). The units in `keep` stay shown (see folds_for); the planner's own folds stay
    folded with `keep_hand_folds`."""
    scene = _scene(view)
    if scene.scenario is None:
        return True
    scene.ensure_layout()
    hand = scene.hand_folded() if keep_hand_folds else set()
    found = folds_for(view, scene.scenario, scene.subtree_root, keep, hand, strict)
    scene.set_collapsed_units(set(found.collapsed), auto=set(found.collapsed) - hand)
    scene.ensure_layout()
    return found.fits


def collapse_to_fit(view: QGraphicsView, keep: frozenset[str] = frozenset(), undo_on_failure: bool = True) -> bool:
    """Presentation mode: fold until the chart fits legibly; True when it does. When folding
    cannot make it fit, the planner's folds are restored with `undo_on_failure` (legible and
    scrolling, as before)."""
    scene = _scene(view)
    before, auto = set(scene.collapsed), set(scene.auto_folded)
    if fold_to_fit(view, keep, strict=True):  # the presentation centres on the selected unit
        return True
    if undo_on_failure:
        scene.set_collapsed_units(before, auto)
    return False
