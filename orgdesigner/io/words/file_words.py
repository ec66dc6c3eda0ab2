"""Why a table (CSV, XLSX) cannot be imported at all, in either language.

`ImportFileError` and `WorkbookError` carry a kind and its parts; this table words each kind, so
the import dialogs and the command line (`--lang`) say the same reason in the reader's language.
The English is also the error's own message (logs, tests). A test words every kind in both
languages.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping

#: kind -> (Swedish, English), with {parts}
_WORDS: dict[str, tuple[str, str]] = {
    "missing_file": ("filen finns inte", "the file does not exist"),
    "no_permission": ("du har inte behörighet att läsa filen", "you do not have permission to read the file"),
    "is_folder": ("det är en mapp, inte en fil", "a folder, not a file"),
    "not_regular": ("det är ingen vanlig fil (en enhet, en pipe eller en socket)",
                    "not a regular file (a device, pipe or socket)"),
    "too_large": ("filen är för stor (högst {limit})", "file is too large (the limit is {limit})"),
    "unreadable": ("filen kan inte läsas ({reason})", "cannot read the file ({reason})"),
    "not_xlsx": ("inte en XLSX-arbetsbok (är det en gammal .xls-fil eller en omdöpt CSV-fil?)",
                 "not an XLSX workbook (is it an old .xls or a renamed CSV?)"),
    "csv_with_sheet": ("ett blad angavs, men det här är en CSV-fil", "a sheet name was given, but this is a CSV file"),
    "binary": ("inte en textfil (binära data); väntade CSV eller XLSX",
               "not a text file (binary data); expected CSV or XLSX"),
    "bom_not_utf8": ("rad {line}: byte {byte} är inte UTF-8, fast filen börjar med UTF-8:s byte-ordningsmärke "
                     "(blandade teckenkodningar?); spara den igen som UTF-8",
                     "line {line}: byte {byte} is not UTF-8, though the file starts with UTF-8's byte-order mark "
                     "(mixed encodings?); save it again as UTF-8"),
    "not_decodable": ("filen kan inte läsas som {encoding}-text: den är skadad eller avklippt (byte {byte} av {size})",
                      "not readable as {encoding} text: the file is damaged or cut off (byte {byte} of {size})"),
    "empty": ("filen är tom", "the file is empty"),
    "bad_csv": ("rad {row} är inte giltig CSV (ett citattecken eller ett tecken som inte hör hemma där)",
                "row {row}: not valid CSV ({detail})"),
    "damaged_xlsx": ("arbetsboken kan inte läsas: filen är skadad", "not a readable XLSX workbook ({detail})"),
    "damaged_part": ("arbetsboken kan inte läsas: delen {part} är skadad", "part {part} of the workbook is damaged ({detail})"),
    "encrypted": ("arbetsboken är krypterad (delen {part}); spara den utan lösenord",
                  "the workbook is encrypted (part {part}); save it without a password"),
    "compression": ("delen {part} är packad med en metod som XLSX inte använder (zip-metod {method}); "
                    "spara arbetsboken igen från Excel eller LibreOffice",
                    "part {part} is compressed with a method XLSX does not use (zip method {method}); "
                    "save the workbook again from Excel or LibreOffice"),
    "too_big_unpacked": ("arbetsboken packas upp till {size} MB, mer än de {limit} MB som orgdesigner läser "
                         "(en skadad eller fientlig fil?)",
                         "the workbook unpacks to {size} MB, more than the {limit} MB orgdesigner reads "
                         "(a damaged or hostile file?)"),
    "too_many_rows": ("bladdelen {part} har fler än {limit} rader, mer än orgdesigner läser",
                      "sheet part {part} has more than {limit} rows, more than orgdesigner reads"),
    "too_many_cells": ("bladdelen {part} har fler än {limit} celler, mer än orgdesigner läser",
                       "sheet part {part} has more than {limit} cells, more than orgdesigner reads"),
    "no_sheets": ("arbetsboken har inga blad", "the workbook has no sheets"),
    "no_sheet": ("det finns inget blad ”{sheet}”; bladen är: {sheets}", "no sheet '{sheet}'; the sheets are: {sheets}"),
    "sheet_empty": ("bladet ”{sheet}” är tomt", "sheet '{sheet}' is empty"),
    "no_rows": ("inga datarader under rubrikraden", "no data rows below the header"),
    "no_column": ("ingen kolumn heter ”{name}”; kolumnerna är: {columns}",
                  "no column '{name}' for the {what}; the columns are: {columns}"),
    "word_unreadable": ("Word-mallen kan inte läsas ({reason})", "cannot read the Word template ({reason})"),
    "not_word": ("det är inget Word-dokument eller någon Word-mall (.docx, .dotx)",
                 "not a Word document or template (.docx, .dotx): {detail}"),
    "not_assignments": ("det är ingen rolltabell: kolumnerna enhet, funktion, ansvar och roll (lång form) eller "
                        "{matrix} och en kolumn per enhet (den exporterade matrisen) väntades; kolumnerna är: {columns}",
                        "not an assignment table: expected columns unit, function, responsibility, role (long form) or "
                        "{matrix} and one column per unit (the exported matrix); the columns are: {columns}"),
}

#: what an OSError's errno says, as a kind above
_OS_KINDS = {errno.ENOENT: "missing_file", errno.EACCES: "no_permission", errno.EPERM: "no_permission",
             errno.EISDIR: "is_folder"}
#: the system's reason for the errors a person meets reading or writing a file: (Swedish, English)
_OS_PHRASES = {
    errno.ENOENT: ("filen eller mappen finns inte", "no such file or folder"),
    errno.EACCES: ("behörighet saknas", "permission denied"),
    errno.EPERM: ("behörighet saknas", "permission denied"),
    errno.ENOSPC: ("disken är full", "the disk is full"),
    errno.EDQUOT: ("diskkvoten är slut", "the disk quota is used up"),
    errno.EROFS: ("filsystemet är skrivskyddat", "the file system is read-only"),
    errno.EISDIR: ("det är en mapp", "it is a folder"),
    errno.ENOTDIR: ("en del av sökvägen är ingen mapp", "a part of the path is not a folder"),
    errno.ENAMETOOLONG: ("namnet är för långt", "the name is too long"),
}


class OsReason:
    """An OSError's reason as a part of a worded reason: the system's own words where this table
    has none for its errno (an unusual error keeps them rather than saying nothing)."""

    def __init__(self, exc: OSError) -> None:
        self.errno, self.text = exc.errno or 0, exc.strerror or str(exc)

    def words(self, lang: str) -> str:
        phrase = _OS_PHRASES.get(self.errno)
        return self.text if phrase is None else (phrase[1] if lang == "en" else phrase[0])


def os_error_words(exc: OSError, lang: str = "sv") -> str:
    """Why reading or writing a file failed, in `lang` ("behörighet saknas", "disken är full")."""
    return OsReason(exc).words(lang)


def kinds() -> list[str]:
    """Every kind worded (a test words each in both languages)."""
    return list(_WORDS)


def sentences(kind: str) -> tuple[str, str]:
    """The (Swedish, English) reason of `kind`, with its {parts}."""
    return _WORDS[kind]


def os_reason(exc: OSError) -> tuple[str, dict[str, object]]:
    """An OSError from reading a file as a kind and its parts (read_bounded's own reasons too)."""
    text = exc.strerror or str(exc)
    if exc.errno == errno.EFBIG and "limit is " in text:
        return "too_large", {"limit": text.split("limit is ", 1)[1].rstrip(")")}
    if exc.errno == errno.EINVAL and text in ("a folder", "not a regular file (a device, pipe or socket)"):
        return ("is_folder" if text == "a folder" else "not_regular"), {}
    kind = _OS_KINDS.get(exc.errno or 0)
    return (kind, {}) if kind else ("unreadable", {"reason": OsReason(exc)})


def file_reason(kind: str, parts: Mapping[str, object], lang: str = "sv") -> str:
    """The reason of `kind` in `lang` ("sv" or "en"), its parts filled in."""
    sv, en = _WORDS[kind]
    words = {k: v.words(lang) if isinstance(v, OsReason) else str(v) for k, v in parts.items()}
    return (en if lang == "en" else sv).format_map(words)
