"""Draw a view of an ArchiMate exchange file from its own bounds and bend points, to a PNG.

It reads only what the file says (node x/y/w/h, connection bend points, element names), so the
picture shows how Archi or any other tool will place the view when it opens the model:
    python tools/render_archimate_view.py MODEL.archimate.xml OUT.png [--view N] [--scale S]
Cards are drawn in ArchiMate's business-layer yellow with the Business Actor's stick figure.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen

from orgdesigner.io.exchange.archimate.safe_xml import parse, read_bounded
from orgdesigner.io.exchange.archimate.vocabulary import q

BUSINESS_YELLOW = QColor(255, 255, 181)


def render(model: Path, out: Path, view_index: int = 0, scale: float = 1.0) -> tuple[int, int]:
    root = parse(model, read_bounded(model))
    names = {e.get("identifier"): e.findtext(q("name")) or "" for e in root.iter(q("element"))}
    view = list(root.iter(q("view")))[view_index]
    nodes = {n.get("identifier"): tuple(int(n.get(k, "0")) for k in "xywh") + (names.get(n.get("elementRef"), ""),)
             for n in view.iter(q("node"))}
    width = max(x + w for x, _, w, _, _ in nodes.values()) + 24
    height = max(y + h for _, y, _, h, _ in nodes.values()) + 24
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(scale, scale)
    p.setPen(QPen(QColor(60, 60, 60), 1.2))
    for line in view.iter(q("connection")):
        sx, sy, sw, sh, _ = nodes[line.get("source")]
        tx, ty, tw, th, _ = nodes[line.get("target")]
        bends = [QPointF(int(b.get("x", "0")), int(b.get("y", "0"))) for b in line.iter(q("bendpoint"))]
        last = bends[-1] if bends else QPointF(sx + sw / 2, sy + sh)
        end = QPointF(tx, ty + th / 2) if last.y() > ty else QPointF(tx + tw / 2, ty)  # side or top
        points = [QPointF(sx + sw / 2, sy + sh), *bends, end]
        for a, b in zip(points, points[1:], strict=False):
            p.drawLine(a, b)
        p.setBrush(QColor(60, 60, 60))  # composition: a filled diamond at the whole (the parent)
        top = points[0]
        p.drawPolygon([top, top + QPointF(4, 6), top + QPointF(0, 12), top + QPointF(-4, 6)])
        p.setBrush(Qt.BrushStyle.NoBrush)
    font = QFont("DejaVu Sans", 8)
    p.setFont(font)
    for x, y, w, h, name in nodes.values():
        rect = QRectF(x, y, w, h)
        p.setPen(QPen(QColor(90, 90, 60), 1))
        p.setBrush(BUSINESS_YELLOW)
        p.drawRect(rect)
        ix, iy = x + w - 14, y + 5  # the actor's stick figure
        p.drawEllipse(QRectF(ix - 3, iy, 6, 6))
        p.drawLine(QPointF(ix, iy + 6), QPointF(ix, iy + 13))
        p.drawLine(QPointF(ix - 4, iy + 9), QPointF(ix + 4, iy + 9))
        p.drawLine(QPointF(ix, iy + 13), QPointF(ix - 4, iy + 18))
        p.drawLine(QPointF(ix, iy + 13), QPointF(ix + 4, iy + 18))
        p.setPen(QColor(20, 20, 20))
        p.drawText(rect.adjusted(6, 4, -18, -4), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, name)
    p.end()
    if not image.save(str(out)):
        raise OSError(f"cannot write {out}")
    return image.width(), image.height()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--view", type=int, default=0, help="which view (0 = the first)")
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    QGuiApplication(sys.argv[:1])
    print(args.out, *render(args.model, args.out, args.view, args.scale))
    return 0


if __name__ == "__main__":
    sys.exit(main())
