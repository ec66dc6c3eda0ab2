"""Parse an untrusted XML file safely: bounded size, no DTD, no entities, no network.

The size is checked before anything is read (and the read is bounded too, for files that grow
or lie about their size); libxml2 runs with entity substitution, DTD loading, network access and
its huge-document mode off; and a document type declaration is refused outright, because an
exchange file never needs one and it is where entity bombs and external entities live.
"""

from __future__ import annotations

import stat
from pathlib import Path

from lxml import etree

MAX_BYTES = 100 * 1024 * 1024  # 10,000 units with their roles take about 30 MB


class XmlFileError(Exception):
    """A file that cannot be read as the expected XML; the message names the file (and line)."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           dtd_validation=False, remove_blank_text=True, remove_comments=True, remove_pis=True)


def read_bounded(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes; refuses anything that is not a regular file or is larger than `limit`."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise XmlFileError(f"{path}: not a regular file")
        if info.st_size > limit:
            raise XmlFileError(f"{path}: {info.st_size / 1e6:.0f} MB is larger than the {limit / 1e6:.0f} MB an exchange file may have")
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as exc:
        raise XmlFileError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise XmlFileError(f"{path}: larger than the {limit / 1e6:.0f} MB an exchange file may have")
    return data


def parse(path: Path, data: bytes) -> etree._Element:
    """The root element of `data` (the contents of `path`), parsed with the hardened parser."""
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line = f" line {exc.lineno}:" if exc.lineno else ""
        raise XmlFileError(f"{path}:{line} not well-formed XML ({exc.msg})") from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        at = data.find(b"<!DOCTYPE")
        lineno = data.count(b"\n", 0, at) + 1 if at >= 0 else 1
        raise XmlFileError(f"{path}: line {lineno}: has a document type declaration (<!DOCTYPE …>); exchange files never "
                           "need one and it can hide entity bombs or external files, so it is refused")
    return root
