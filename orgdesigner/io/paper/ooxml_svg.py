"""A picture's SVG beside its PNG in a DOCX or PPTX, as Office itself stores an inserted SVG.

python-docx and python-pptx embed PNG only. Word and PowerPoint 2016 and later look for an SVG in
the picture's `a:blip` extension list (`asvg:svgBlip`) and draw it, so the chart stays vector:
sharp at any zoom and in print. Programs that do not know the extension (LibreOffice 7, older
Office) show the PNG, which is always there.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"  # Office's URI for the SVG blip extension
ASVG = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"


def attach_svg(blip: Any, source: Any, part_class: type, svg: bytes, template: str) -> str:
    """Store `svg` as a part of `source`'s package (named by `template`, e.g.
    "/word/media/chart%d.svg"), related from `source` (the part holding the picture), and name it
    in `blip`'s extension list; returns the relationship id. `part_class` is the library's
    generic `Part` (python-docx's and python-pptx's differ)."""
    package = source.package
    part = part_class(partname=package.next_partname(template), content_type="image/svg+xml", package=package, blob=svg)
    rid: str = source.relate_to(part, IMAGE)
    extensions = blip.find(f"{{{A}}}extLst")
    if extensions is None:
        extensions = etree.SubElement(blip, f"{{{A}}}extLst")
    extension = etree.SubElement(extensions, f"{{{A}}}ext", uri=SVG_EXTENSION)
    svg_blip = etree.SubElement(extension, f"{{{ASVG}}}svgBlip", nsmap={"asvg": ASVG})
    svg_blip.set(f"{{{R}}}embed", rid)
    return rid


def svg_of(blip: Any, source: Any) -> bytes | None:
    """The SVG a blip names, if any (for tests and for reading a file back)."""
    found = blip.find(f"{{{A}}}extLst/{{{A}}}ext/{{{ASVG}}}svgBlip")
    if found is None:
        return None
    blob: bytes = source.rels[found.get(f"{{{R}}}embed")].target_part.blob
    return blob
