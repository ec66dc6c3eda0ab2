"""Parse an untrusted XML file safely: bounded size, no DTD, no entities, no network.

The size is checked before anything is read (and the read is bounded too, for files that grow
or lie about their size); libxml2 runs with entity substitution, DTD loading, network access and
its huge-document mode off; and a document type declaration is refused outright, because an
exchange file never needs one and it is where entity bombs and external entities live.
"""

from __future__ import annotations

import codecs
import errno
import re
import stat
from pathlib import Path

from lxml import etree

from orgdesigner.io.project import atomic

MAX_BYTES = 100 * 1024 * 1024  # 10,000 units with their roles take about 30 MB
_PROLOG_DOCTYPE = re.compile(r"<!DOCTYPE|<[A-Za-z_]")


class XmlFileError(Exception):
    """A file that cannot be read as the expected XML; the message names the file (and line)."""

    def message(self, lang: str = "en") -> str:
        """The message in a language; English unless a subclass words it in Swedish too."""
        return str(self)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           dtd_validation=False, remove_blank_text=True, remove_comments=True, remove_pis=True)


def read_bounded(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The file's bytes; refuses anything that is not a regular file or is larger than `limit`
    (the shared bounded read, io.atomic.read_bounded, with messages for an exchange file)."""
    try:
        info = path.stat()
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:  # said before a byte is read
            raise XmlFileError(f"{path}: {info.st_size / 1e6:.0f} MB is larger than the {limit / 1e6:.0f} MB an exchange file may have")
        return atomic.read_bounded(path, limit)
    except OSError as exc:
        if exc.errno == errno.EFBIG:  # grew past the limit while it was read
            raise XmlFileError(f"{path}: larger than the {limit / 1e6:.0f} MB an exchange file may have") from None
        raise XmlFileError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _doctype_line(data: bytes) -> int | None:
    """The line of a document type declaration in the prolog, found before libxml2 sees it."""
    head = data[:1 << 16]
    encoding = "utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "latin-1"
    text = head.decode(encoding, errors="replace")
    m = _PROLOG_DOCTYPE.search(text)
    if m is None or m.group() != "<!DOCTYPE":
        return None
    return text.count("\n", 0, m.start()) + 1


def _refuse_doctype(path: Path, line: int) -> XmlFileError:
    return XmlFileError(f"{path}: line {line}: has a document type declaration (<!DOCTYPE …>); exchange files never "
                        "need one and it can hide entity bombs or external files, so it is refused")


def parse(path: Path, data: bytes) -> etree._Element:
    """The root element of `data` (the contents of `path`), parsed with the hardened parser."""
    line = _doctype_line(data)
    if line is not None:
        raise _refuse_doctype(path, line)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        where = f" line {exc.lineno}:" if exc.lineno else ""
        raise XmlFileError(f"{path}:{where} not well-formed XML ({exc.msg})") from None
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise _refuse_doctype(path, 1)  # the prolog check missed it (an unusual encoding)
    return root
