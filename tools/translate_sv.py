"""Fill the Swedish .ts file from the maintained table resources/translations/sv_terms.json.

`make translations` runs lupdate (which adds new source strings as unfinished), then this script,
then lrelease. The table is the source of truth: a message it covers gets the table's Swedish and
loses type="unfinished"; a message it does not cover keeps whatever translation the .ts already
had (e.g. typed in Qt Linguist) and is listed on stderr when still unfinished. The .ts is edited
as text, so lupdate's own layout stays byte for byte and re-running lupdate changes nothing.

    python tools/translate_sv.py resources/translations/orgdesigner_sv.ts [--check]

--check: write nothing; exit 1 when a message is unfinished or the file would change.
Exit 2 when the table is malformed (placeholders, accelerators or numerus forms do not match).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "resources" / "translations" / "sv_terms.json"
ANY_CONTEXT = "*"
NUMERUS_FORMS = 2  # Swedish: one, many

_CONTEXT = re.compile(r"<context>\n\s*<name>(.*?)</name>\n(.*?)</context>", re.S)
_MESSAGE = re.compile(r'(?P<indent>[ ]*)<message(?P<attrs>[^>]*)>\n(?P<body>.*?)\n(?P=indent)</message>', re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_COMMENT = re.compile(r"<comment>(.*?)</comment>", re.S)
_TRANSLATION = re.compile(r"(?P<indent>[ ]*)<translation(?P<attrs>[^>]*)>(?P<text>.*?)</translation>|"
                          r"(?P<indent2>[ ]*)<translation(?P<attrs2>[^>]*)/>", re.S)
_NUMERUS = re.compile(r"<numerusform>(.*?)</numerusform>", re.S)
_PLACEHOLDER = re.compile(r"%(?:\d+|n)")


class TableError(ValueError):
    """A table entry that would break the UI (lost placeholder, accelerator, numerus form)."""


def load_table(path: Path = TABLE) -> dict[str, dict[str, str | list[str]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def lookup(table: dict[str, dict[str, str | list[str]]], context: str, source: str) -> str | list[str] | None:
    own = table.get(context, {})
    if source in own:
        return own[source]
    return table.get(ANY_CONTEXT, {}).get(source)


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def check_entry(context: str, source: str, value: str | list[str], numerus: bool) -> None:
    """Raise TableError when `value` cannot stand in for `source`."""
    where = f"{context or '<empty>'}: {source!r}"
    forms = value if isinstance(value, list) else [value]
    if numerus != isinstance(value, list):
        raise TableError(f"{where}: {'a list [one, many]' if numerus else 'a single string'} expected")
    if numerus and len(forms) != NUMERUS_FORMS:
        raise TableError(f"{where}: {NUMERUS_FORMS} numerus forms expected, got {len(forms)}")
    wanted = set(_PLACEHOLDER.findall(source))
    for i, form in enumerate(forms):
        if not isinstance(form, str) or not form.strip():
            raise TableError(f"{where}: empty translation")
        found = set(_PLACEHOLDER.findall(form))
        # The "one" form may leave %n out ("Den återstående cellen …"); every other marker must stay.
        missing = wanted - found - ({"%n"} if numerus and i == 0 and len(forms) > 1 else set())
        if missing or found - wanted:
            raise TableError(f"{where}: placeholders {sorted(wanted)} expected, {form!r} has {sorted(found)}")
        if _accelerators(source) != _accelerators(form):
            raise TableError(f"{where}: the & accelerator must appear {_accelerators(source)} time(s) in {form!r}")


def _escape(text: str) -> str:
    """Escape as lupdate does (quotes and apostrophes as entities)."""
    return html.escape(text, quote=True).replace("&#x27;", "&apos;")


def fill(ts_text: str, table: dict[str, dict[str, str | list[str]]]) -> tuple[str, list[str]]:
    """The .ts text with the table's translations in place, and the messages still unfinished."""
    unfinished: list[str] = []

    def fill_context(match: re.Match[str]) -> str:
        context = html.unescape(match.group(1))

        def fill_message(m: re.Match[str]) -> str:
            body = m.group("body")
            source = html.unescape(_SOURCE.search(body).group(1))  # type: ignore[union-attr]  # every message body in a .ts file has a <source>
            numerus = 'numerus="yes"' in m.group("attrs")
            value = lookup(table, context, source)
            tm = _TRANSLATION.search(body)
            if tm is None:
                return m.group(0)
            indent = tm.group("indent") if tm.group("indent") is not None else tm.group("indent2")
            if value is not None:
                check_entry(context, source, value, numerus)
                if numerus:
                    inner = "".join(f"{indent}    <numerusform>{_escape(f)}</numerusform>\n" for f in value)
                    new = f"{indent}<translation>\n{inner}{indent}</translation>"
                else:
                    new = f"{indent}<translation>{_escape(str(value))}</translation>"
                body = body[: tm.start()] + new + body[tm.end():]
            else:
                attrs = tm.group("attrs") or tm.group("attrs2") or ""
                text = tm.group("text") or ""
                forms = _NUMERUS.findall(text) if numerus else [text]
                if "unfinished" in attrs or not all(f.strip() for f in forms):
                    unfinished.append(f"{context or '<empty>'}: {source!r}")
            return f"{m.group('indent')}<message{m.group('attrs')}>\n{body}\n{m.group('indent')}</message>"

        return match.group(0)[: match.start(2) - match.start(0)] + _MESSAGE.sub(fill_message, match.group(2)) + "</context>"

    return _CONTEXT.sub(fill_context, ts_text), unfinished


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ts", type=Path)
    parser.add_argument("--table", type=Path, default=TABLE)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    original = args.ts.read_text(encoding="utf-8")
    try:
        text, unfinished = fill(original, load_table(args.table))
    except TableError as exc:
        print(f"{args.table}: {exc}", file=sys.stderr)
        return 2
    for line in unfinished:
        print(f"untranslated: {line}  (add it to {args.table.name})", file=sys.stderr)
    if args.check:
        return 1 if unfinished or text != original else 0
    if text != original:
        args.ts.write_text(text, encoding="utf-8")
    print(f"{args.ts}: {len(unfinished)} untranslated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
