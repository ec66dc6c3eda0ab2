"""The window's colours: one table per scheme (light, dark), and the pairs that must contrast.

Every colour a widget draws with comes from here by its role ("error_text", "severity_warning"),
so dark mode is a second table rather than a branch in each widget. `PAIRS` lists each foreground
with each background it is drawn on and the contrast WCAG 2.1 asks of it (1.4.3: 4.5:1 for text;
1.4.11: 3:1 for graphics and focus marks); tests/ui/test_contrast.py computes every pair of both
schemes. The chart's own colours (cards, connectors) are in chart/style.py, which takes its
background from here and sets the scheme in force (`set_scheme`). Exports and prints stay light.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

LIGHT, DARK = "light", "dark"
_scheme = LIGHT
TEXT, GRAPHIC = 4.5, 3.0  # WCAG 2.1 AA: text (1.4.3), graphics and focus marks (1.4.11)

# The Qt palette roles the window uses, by the names below
PALETTE_ROLES: dict[str, QPalette.ColorRole] = {
    "window": QPalette.ColorRole.Window, "window_text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base, "alternate_base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text, "button": QPalette.ColorRole.Button,
    "button_text": QPalette.ColorRole.ButtonText, "highlight": QPalette.ColorRole.Highlight,
    "highlighted_text": QPalette.ColorRole.HighlightedText, "placeholder": QPalette.ColorRole.PlaceholderText,
    "tooltip_base": QPalette.ColorRole.ToolTipBase, "tooltip_text": QPalette.ColorRole.ToolTipText,
    "link": QPalette.ColorRole.Link,
}

SCHEMES: dict[str, dict[str, str]] = {
    LIGHT: {
        # Qt's palette (Fusion's light one, with a darker selection and placeholder: 3.7 and 4.0:1 before)
        "window": "#efefef", "window_text": "#000000", "base": "#ffffff", "alternate_base": "#f7f7f7",
        "text": "#000000", "button": "#efefef", "button_text": "#000000", "highlight": "#1f5fa8",
        "highlighted_text": "#ffffff", "placeholder": "#6b6b6b", "tooltip_base": "#ffffdc",
        "tooltip_text": "#000000", "link": "#0b5cad",
        "chart": "#fbfbfa",  # the chart's background
        # the keyboard focus mark (outside a selection; on one it is highlighted_text)
        "focus": "#1e66f5",
        # the app's texts
        "error_text": "#a8071a", "good_text": "#1a6e33", "bad_text": "#b03a2e", "hint_text": "#595959",
        "dim_text": "#6b6b6b",
        "severity_error_text": "#b02a1e", "severity_warning_text": "#8a5300", "severity_info_text": "#4f5b5c",
        # graphics: bars, marks, outlines
        "severity_error": "#c0392b", "severity_warning": "#a86400", "severity_info": "#5f6b6c",
        "status_added": "#1a6e33", "status_removed": "#b03a2e", "status_moved": "#8a5300", "status_changed": "#2f5f9e",
        "status_added_tint": "#d5f0dd", "status_removed_tint": "#f6d8d5", "status_moved_tint": "#f6e6c8",
        "status_changed_tint": "#d8e4f5",
        "finding_mark": "#b00020",
        "side_purchaser": "#c0504d", "side_own_provider": "#4f81bd", "side_other": "#8a8a8a",
        "grid": "#d8d8d8",
        "tint_care": "#eef4fb", "tint_medical_service": "#f3eefb", "tint_support": "#eefbf1", "tint_management": "#fbf6ee",
    },
    DARK: {
        "window": "#2b2e33", "window_text": "#f0f0f0", "base": "#1f2226", "alternate_base": "#272a2f",
        "text": "#f0f0f0", "button": "#33373c", "button_text": "#f0f0f0", "highlight": "#2f6fd6",
        "highlighted_text": "#ffffff", "placeholder": "#a8a8a8", "tooltip_base": "#2b2e33",
        "tooltip_text": "#f0f0f0", "link": "#8fb4ff",
        "chart": "#1b1e23",
        "focus": "#8fb4ff",
        "error_text": "#ff8a80", "good_text": "#6fcf8a", "bad_text": "#ff8a80", "hint_text": "#b3b3b3",
        "dim_text": "#9a9a9a",
        "severity_error_text": "#ff8a80", "severity_warning_text": "#ffb74d", "severity_info_text": "#b0bec5",
        "severity_error": "#ff6b5e", "severity_warning": "#ffb74d", "severity_info": "#b0bec5",
        "status_added": "#6fcf8a", "status_removed": "#ff8a80", "status_moved": "#ffb74d", "status_changed": "#8fb4ff",
        "status_added_tint": "#1f3a28", "status_removed_tint": "#4a2320", "status_moved_tint": "#45351a",
        "status_changed_tint": "#1f2f4d",
        "finding_mark": "#ff6b6b",
        "side_purchaser": "#e57373", "side_own_provider": "#7fa7e0", "side_other": "#a5a5a5",
        "grid": "#4a4e55",
        "tint_care": "#23303f", "tint_medical_service": "#2e2740", "tint_support": "#233a2b", "tint_management": "#3d3323",
    },
}

_TEXT_ON = ("window", "base")
_STATUSES = ("added", "removed", "moved", "changed")
_SEVERITIES = ("error", "warning", "info")
_TINTS = ("care", "medical_service", "support", "management")

# (foreground, background, least contrast): every pair a widget draws
PAIRS: tuple[tuple[str, str, float], ...] = (
    ("window_text", "window", TEXT), ("text", "base", TEXT), ("text", "alternate_base", TEXT),
    ("button_text", "button", TEXT), ("highlighted_text", "highlight", TEXT), ("placeholder", "base", TEXT),
    ("tooltip_text", "tooltip_base", TEXT), ("link", "base", TEXT), ("link", "window", TEXT),
    ("focus", "base", GRAPHIC), ("focus", "window", GRAPHIC), ("focus", "alternate_base", GRAPHIC),
    ("focus", "chart", GRAPHIC),  # on a selected row the mark is highlighted_text on highlight (above)
    *((role, on, TEXT) for role in ("error_text", "good_text", "bad_text", "hint_text") for on in _TEXT_ON),
    ("dim_text", "base", TEXT), ("dim_text", "alternate_base", TEXT),
    *((f"severity_{s}_text", "base", TEXT) for s in _SEVERITIES),
    *((f"severity_{s}", "base", GRAPHIC) for s in _SEVERITIES),
    *((f"status_{s}", on, TEXT) for s in _STATUSES for on in (*_TEXT_ON, "chart")),  # legend text, card outlines
    *(("text", f"status_{s}_tint", TEXT) for s in _STATUSES),
    ("finding_mark", "base", GRAPHIC),
    *((f"side_{s}", "base", GRAPHIC) for s in ("purchaser", "own_provider", "other")),
    *(("text", f"tint_{t}", TEXT) for t in _TINTS),
)


def set_scheme(name: str) -> None:
    """The scheme in force (chart.style.set_scheme sets it for both)."""
    global _scheme
    _scheme = DARK if name == DARK else LIGHT


def hex_colour(role: str, scheme: str | None = None) -> str:
    """The colour of `role` in `scheme` (the current one by default), as #rrggbb."""
    return SCHEMES[scheme or _scheme][role]


def colour(role: str, scheme: str | None = None) -> QColor:
    return QColor(hex_colour(role, scheme))


def palette(scheme: str, base: QPalette) -> QPalette:
    """`base` (the platform's palette, or ours for dark) with the table's roles put in."""
    result = QPalette(base)
    for name, role in PALETTE_ROLES.items():
        result.setColor(role, QColor(SCHEMES[scheme][name]))
    disabled = "#8a8a8a" if scheme == DARK else "#8c8c8c"  # inactive controls: WCAG asks no contrast of them
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return result


class _Changes(QObject):
    changed = Signal()  # the scheme changed: re-render whatever holds colours in HTML or pixmaps


_changes: _Changes | None = None


def changes() -> _Changes:
    """Connect a widget's bound method to `changes().changed` to re-render after a scheme change."""
    global _changes
    if _changes is None:
        _changes = _Changes()
    return _changes


# the widgets whose style sheet names colours by role, with that sheet; a widget leaves as it is
# destroyed (never a scan of QApplication.allWidgets(), which lists widgets being deleted)
_sheets: dict[int, tuple[QWidget, str]] = {}


def style_sheet(widget: QWidget, template: str) -> None:
    """A style sheet naming colours by role ("color: {error_text}"), filled in now and again
    after every scheme change."""
    key = id(widget)
    if key not in _sheets:
        widget.destroyed.connect(lambda *_a, key=key: _sheets.pop(key, None))
    _sheets[key] = (widget, template)
    widget.setStyleSheet(template.format_map(SCHEMES[_scheme]))


def text_colour(widget: QWidget, role: str) -> None:
    """Draw `widget`'s text in `role`'s colour, now and after every scheme change."""
    style_sheet(widget, "color: {" + role + "}")


def restyle() -> None:
    """Put the current scheme's colours into every widget that asked by `style_sheet`, then tell
    the rest (`changes`)."""
    for widget, template in list(_sheets.values()):
        if shiboken6.isValid(widget):
            widget.setStyleSheet(template.format_map(SCHEMES[_scheme]))
    changes().changed.emit()
