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
    view.set_zoom(0.55)
    a, b = scene.card_rect("kl-utv"), scene.card_rect("cl")
    if a is not None and b is not None:
        view.centerOn(a.united(b).center())
    ctx.save(window, "dotted-lines.png")
    ctx.close(window)
