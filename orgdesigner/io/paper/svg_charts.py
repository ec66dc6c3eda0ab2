"""Small vector charts as SVG text for the paper (no Qt, no plotting library): lines over years
with events marked, and estimates with their intervals. Numbers are written as the reader
writes them (io.numbers); the renderers draw the SVG as vectors."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from orgdesigner.io.exchange.xml_text import entities
from orgdesigner.io.words.numbers import number

WIDTH, HEIGHT = 680.0, 300.0
LEFT, RIGHT, TOP, BOTTOM = 78.0, 20.0, 34.0, 46.0


@dataclass(frozen=True, slots=True)
class Series:
    label: str
    colour: str
    points: Sequence[tuple[float, float]]


def _nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    if high <= low:
        high = low + 1.0
    raw = (high - low) / count
    step = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * step:
            step *= m
            break
    start = math.floor(low / step) * step
    ticks = []
    value = start
    while value <= high + step * 0.5:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _text(x: float, y: float, text: str, size: float = 11, anchor: str = "middle", weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-family="DejaVu Sans" font-size="{size}" '
            f'font-weight="{weight}" text-anchor="{anchor}" fill="#222">{entities(text)}</text>')


def _frame(title: str) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH:.0f}" height="{HEIGHT:.0f}" viewBox="0 0 {WIDTH:.0f} {HEIGHT:.0f}">',
            f'<rect x="0" y="0" width="{WIDTH:.0f}" height="{HEIGHT:.0f}" fill="white"/>',
            _text(WIDTH / 2, 20, title, 13, weight="bold")]


def line_chart(title: str, series: Sequence[Series], years: Sequence[int], events: Sequence[tuple[float, str, str]],
               lang: str, decimals: int = 0) -> str:
    """Lines over `years`; `events` are (x, colour, label) drawn as dashed verticals."""
    values = [y for s in series for _, y in s.points]
    low, high = (min(values + [0.0]), max(values + [1.0])) if values else (0.0, 1.0)
    ticks = _nice_ticks(low, high)
    y0, y1 = ticks[0], ticks[-1]
    x0, x1 = (min(years) - 0.5, max(years) + 0.5) if years else (0.0, 1.0)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def px(x: float) -> float:
        return LEFT + (x - x0) / (x1 - x0) * plot_w

    def py(y: float) -> float:
        return TOP + plot_h - (y - y0) / ((y1 - y0) or 1) * plot_h

    out = _frame(title)
    for t in ticks:
        out.append(f'<line x1="{LEFT}" y1="{py(t):.1f}" x2="{WIDTH - RIGHT}" y2="{py(t):.1f}" stroke="#dddddd" stroke-width="0.8"/>')
        out.append(_text(LEFT - 6, py(t) + 4, number(t, lang, decimals), 10, "end"))
    for year in years:
        out.append(_text(px(year), HEIGHT - BOTTOM + 16, str(year), 10))
    out.append(f'<line x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" y2="{TOP + plot_h}" stroke="#444" stroke-width="1"/>')
    for x, colour, _label in events:
        out.append(f'<line x1="{px(x):.1f}" y1="{TOP}" x2="{px(x):.1f}" y2="{TOP + plot_h}" stroke="{colour}" '
                   f'stroke-width="1.2" stroke-dasharray="5,4"/>')
    legend_x = LEFT
    for s in series:
        if not s.points:
            continue
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(x):.1f},{py(y):.1f}" for i, (x, y) in enumerate(s.points))
        out.append(f'<path d="{path}" fill="none" stroke="{s.colour}" stroke-width="2.2"/>')
        out += [f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3" fill="{s.colour}"/>' for x, y in s.points]
        out.append(f'<rect x="{legend_x:.1f}" y="{HEIGHT - 18}" width="14" height="4" fill="{s.colour}"/>')
        out.append(_text(legend_x + 18, HEIGHT - 13, s.label, 10, "start"))
        legend_x += 26 + 5.6 * len(s.label)
    for _x, colour, label in events:
        out.append(f'<rect x="{legend_x:.1f}" y="{HEIGHT - 18}" width="14" height="2" fill="{colour}"/>')
        out.append(_text(legend_x + 18, HEIGHT - 13, label, 10, "start"))
        legend_x += 26 + 5.6 * len(label)
    out.append("</svg>")
    return "".join(out)


def interval_chart(title: str, rows: Sequence[tuple[str, float, float, float, str]], lang: str) -> str:
    """One row per estimate: (label, estimate, low, high, colour), in per cent, a line at zero."""
    values = [v for _, mid, lo, hi, _ in rows for v in (mid, lo, hi)] + [0.0]
    ticks = _nice_ticks(min(values), max(values))
    x0, x1 = ticks[0], ticks[-1]
    left = 200.0
    plot_w = WIDTH - left - RIGHT
    row_h = 30.0
    height = TOP + BOTTOM + row_h * max(len(rows), 1)

    def px(x: float) -> float:
        return left + (x - x0) / ((x1 - x0) or 1) * plot_w

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH:.0f}" height="{height:.0f}" viewBox="0 0 {WIDTH:.0f} {height:.0f}">',
           f'<rect x="0" y="0" width="{WIDTH:.0f}" height="{height:.0f}" fill="white"/>', _text(WIDTH / 2, 20, title, 13, weight="bold")]
    bottom = TOP + row_h * len(rows)
    for t in ticks:
        out.append(f'<line x1="{px(t):.1f}" y1="{TOP}" x2="{px(t):.1f}" y2="{bottom}" stroke="#dddddd" stroke-width="0.8"/>')
        out.append(_text(px(t), bottom + 16, number(t, lang, 0) + ("%" if lang == "en" else " %"), 10))
    out.append(f'<line x1="{px(0):.1f}" y1="{TOP}" x2="{px(0):.1f}" y2="{bottom}" stroke="#444" stroke-width="1.2"/>')
    for i, (label, mid, lo, hi, colour) in enumerate(rows):
        y = TOP + row_h * (i + 0.5)
        out.append(_text(left - 8, y + 4, label, 10, "end"))
        out.append(f'<line x1="{px(lo):.1f}" y1="{y:.1f}" x2="{px(hi):.1f}" y2="{y:.1f}" stroke="{colour}" stroke-width="2.5"/>')
        for end in (lo, hi):
            out.append(f'<line x1="{px(end):.1f}" y1="{y - 6:.1f}" x2="{px(end):.1f}" y2="{y + 6:.1f}" stroke="{colour}" stroke-width="2"/>')
        out.append(f'<circle cx="{px(mid):.1f}" cy="{y:.1f}" r="4.5" fill="{colour}"/>')
    out.append("</svg>")
    return "".join(out)
