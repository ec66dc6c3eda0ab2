"""What an XLSX workbook must pass before openpyxl reads it: a zip of bounded inflated size,
every part stored or deflated and not encrypted, every deflate stream whole, and no sheet with
more rows or cells than a spreadsheet holds. A zip bomb (a 1.5 MB file of a million empty rows
inflates past a gigabyte) is refused in a fraction of a second instead of filling memory, and a
sheet of a million empty (formatted) rows loses them before openpyxl walks them one by one.

The sizes a zip declares bound what it inflates to: Python's zipfile stops each part at its
declared size and then checks its CRC, so summing the declared sizes is a hard limit.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from orgdesigner.io.words.file_words import file_reason

MAX_INFLATED = 256 * 1024 * 1024  # all parts together; a 100,000-row sheet is some 20 MB
MAX_ROWS = 1_048_576  # Excel's own limit
MAX_CELLS = 5_000_000  # some 500 MB as rows of text
EMPTY_ROWS_DROPPED = 10_000  # more empty rows than this in a sheet: drop them before openpyxl

_ROW = re.compile(rb"<(?:[\w.-]+:)?row[\s/>]")
_CELL = re.compile(rb"<(?:[\w.-]+:)?c[\s/>]")
_EMPTY_ROW = re.compile(rb"<(?:[\w.-]+:)?row\b[^<>]*/>")
_CHUNK = 4 * 1024 * 1024


class WorkbookError(ValueError):
    """A workbook that cannot be read safely: the reason as a kind and its parts (worded by
    orgdesigner.io.words.file_words, as ImportFileError's); str() is the English."""

    def __init__(self, kind: str, **parts: object) -> None:
        self.kind, self.parts = kind, parts
        super().__init__(file_reason(kind, parts, "en"))


def _n(count: int) -> str:
    return f"{count:,}".replace(",", " ")


def checked_workbook(data: bytes) -> bytes:
    """The workbook's bytes for openpyxl (repacked without empty rows when a sheet has many), or
    WorkbookError saying why it cannot be read."""
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise WorkbookError("damaged_xlsx", detail=exc) from None
    with package:
        infos = package.infolist()
        for info in infos:
            if info.flag_bits & 0x1:
                raise WorkbookError("encrypted", part=info.filename)
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise WorkbookError("compression", part=info.filename, method=info.compress_type)
        inflated = sum(info.file_size for info in infos)
        if inflated > MAX_INFLATED:
            raise WorkbookError("too_big_unpacked", size=_n(inflated // 2**20), limit=MAX_INFLATED // 2**20)
        sparse = [info for info in infos
                  if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
                  and _empty_rows(package, info) > EMPTY_ROWS_DROPPED]
        return _without_empty_rows(package, sparse) if sparse else data


def _empty_rows(package: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """Count rows, cells and empty rows of one sheet while inflating it (in C: a million rows take
    well under a second); WorkbookError when there are too many or the part is damaged."""
    rows = cells = empty = 0
    tail = b""
    try:
        with package.open(info) as part:
            while chunk := part.read(_CHUNK):
                # an element cut by the chunk boundary is found again in the kept tail; only
                # matches that end inside the new chunk are counted, so none counts twice
                window, start = tail + chunk, len(tail)
                rows += sum(1 for m in _ROW.finditer(window) if m.end() > start)
                cells += sum(1 for m in _CELL.finditer(window) if m.end() > start)
                empty += sum(1 for m in _EMPTY_ROW.finditer(window) if m.end() > start)
                tail = window[-256:]
                if rows > MAX_ROWS or cells > MAX_CELLS:
                    if rows > MAX_ROWS:
                        raise WorkbookError("too_many_rows", part=info.filename, limit=_n(MAX_ROWS))
                    raise WorkbookError("too_many_cells", part=info.filename, limit=_n(MAX_CELLS))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError) as exc:
        raise WorkbookError("damaged_part", part=info.filename, detail=exc) from None
    return empty


def _without_empty_rows(package: zipfile.ZipFile, sparse: list[zipfile.ZipInfo]) -> bytes:
    """The package again, the sparse sheets without their empty rows (stored: it is read at once)."""
    out = io.BytesIO()
    names = {info.filename for info in sparse}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as repacked:
        for info in package.infolist():
            data = package.read(info)
            repacked.writestr(info.filename, _EMPTY_ROW.sub(b"", data) if info.filename in names else data)
    return out.getvalue()
