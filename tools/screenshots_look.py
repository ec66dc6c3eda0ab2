"""Screenshots of the overlay at the legible fit, presenting and dark mode (issue 21):
overlay-bundled.png, presentation.png, dark-mode.png."""

from __future__ import annotations

from PySide6.QtCore import Qt


def presentation_shot(ctx) -> None:
    """Presenting with Område Primärvård selected: the view centres on it."""
    window = ctx.window()
    ctl = window.controller
    target = next((u.id for u in ctl.scenario.units.values() if u.name.startswith("Område Primärvård")), None)
    if target is not None:
        ctl.select_units([target], centre=False)
    window.presentation.enter()
    ctx.settle()
    window.setWindowState(Qt.WindowState.WindowNoState)  # offscreen full screen is 800×800
    window.resize(1600, 1000)
    ctx.settle()

    ctx.save(window, "presentation.png")
    window.presentation.leave()
    ctx.close(window)


def dark_mode_shot(ctx) -> None:
    window = ctx.window()
    try:
        window.colour_scheme.set_choice("dark")
        ctl = window.controller
        vardval = next((f.id for f in ctl.project.functions.values() if f.vardval), None)
        window.responsibility_views.chooser.choose(vardval)  # the overlay on dark too
        target = next((u.id for u in ctl.scenario.units.values() if "Primärvård" in u.name), None)
        if target is not None:
            ctl.select_units([target], centre=False)
        window.properties_dock.raise_()
        ctx.save(window, "dark-mode.png")
    finally:
        window.colour_scheme.set_choice("system")
        ctx.close(window)


def overlay_shot(ctx) -> None:
    """The default window with the Vårdval primärvård overlay, at the legible fit."""
    window = ctx.window()
    views = window.responsibility_views
    vardval = next((f.id for f in window.controller.project.functions.values() if f.vardval), None)
    views.chooser.choose(vardval)
    window.controller.select_units([])
    ctx.settle()
    window.chart_view.fit()
    ctx.save(window, "overlay-bundled.png")
    ctx.close(window)


def shots(ctx) -> None:
    overlay_shot(ctx)
    presentation_shot(ctx)
    dark_mode_shot(ctx)
