"""Stable ArchiMate identifiers derived from the project's own ids.

An identifier is an xs:ID (an XML NCName), so a project id is escaped reversibly: letters, digits
and '-' stay, every other character becomes `_XX` (its UTF-8 bytes in hex). Parts are joined
with '.', which the escape never produces, so an identifier can be split back into its parts.
The same unit therefore gets the same identifier in every export, and a tool that merges by
identifier updates the element instead of adding a copy.
"""

from __future__ import annotations

import re
from functools import lru_cache

PREFIX = "id-"
_UNSAFE = re.compile(r"[^A-Za-z0-9-]")
_ESCAPE = re.compile(r"_([0-9A-F]{2})")


def _hex(m: re.Match[str]) -> str:
    return "".join(f"_{b:02X}" for b in m.group().encode("utf-8"))


@lru_cache(maxsize=1 << 16)  # a unit's id is escaped for its element, its lines and its node
def escape(text: str) -> str:
    return _UNSAFE.sub(_hex, text)


def unescape(token: str) -> str:
    """The text `escape` made `token` from; raises ValueError when it is not such a token."""
    data = bytearray()
    i = 0
    while i < len(token):
        if token[i] == "_":
            m = _ESCAPE.match(token, i)
            if m is None:
                raise ValueError(token)
            data.append(int(m.group(1), 16))
            i = m.end()
        else:
            data.extend(token[i].encode("utf-8"))
            i += 1
    return data.decode("utf-8")


def make(*parts: str) -> str:
    """`id-` and the escaped parts joined by '.': make("u", "hc-are") == "id-u.hc-are"."""
    return PREFIX + ".".join(escape(p) for p in parts)


def split(identifier: str) -> list[str] | None:
    """The parts `make` joined, or None when the identifier was not made by `make`."""
    if not identifier.startswith(PREFIX):
        return None
    try:
        return [unescape(p) for p in identifier[len(PREFIX):].split(".")]
    except (ValueError, UnicodeDecodeError):
        return None
