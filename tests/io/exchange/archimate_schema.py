"""The Open Group ArchiMate 3.1 exchange schema (archimate_xsd/, with its licence), loaded offline."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

XSD_DIR = Path(__file__).parent / "archimate_xsd"


class _LocalXmlXsd(etree.Resolver):
    """archimate3_Model.xsd imports http://www.w3.org/2001/xml.xsd: answer it from the local copy."""

    def resolve(self, url, pubid, context):  # lxml's resolver signature
        if url and url.endswith("/xml.xsd"):
            return self.resolve_filename(str(XSD_DIR / "xml.xsd"), context)
        return None


@cache
def schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_LocalXmlXsd())
    return etree.XMLSchema(etree.parse(str(XSD_DIR / "archimate3_Diagram.xsd"), parser))


def assert_valid(data: bytes) -> None:
    xsd = schema()
    ok = xsd.validate(etree.fromstring(data))
    assert ok, "\n".join(f"line {e.line}: {e.message}" for e in list(xsd.error_log)[:10])
