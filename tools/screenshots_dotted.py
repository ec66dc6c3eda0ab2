"""Screenshot of dotted lines on the chart (run by tools/screenshots.py): Koncern 2018 with the
chefläkare's medical lines and the shared development unit's line to the beställarenhet."""

from __future__ import annotations


def shots(ctx) -> None:
    window = ctx.window()
    window.left_dock.hide()
    window.properties_dock.hide()
    ctl = window.controller
    ctl.set_current_scenario("koncern-2018")
    ctx.settle()
    view, scene = window.chart.view, window.chart.scene
    view.set_zoom(0.5)
    rects = [scene.card_rect(u) for u in ("kl-utv", "cl", "best")]
    if all(r is not None for r in rects):
        area = rects[0].united(rects[1]).united(rects[2])  # type: ignore[union-attr]  # all three rects are checked not None just above
        view.centerOn(area.center().x() + 150, area.top() + 260)  # the lines run down to the hälsocentraler
    ctx.save(window, "dotted-lines.png")
    ctx.close(window)
