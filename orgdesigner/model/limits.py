"""The limits every value of a project must keep: one source for the file's validator, the edit
commands, imports and templates, so nothing can be typed, imported or generated that the project
file would refuse to read back (a 600-character name, an integer JSON cannot hold, infinity).

Each limit is declared once as a `Limit`: the file's structs (`io.fast_file`) take their msgspec
constraints from `Limit.bounds()`, and every edit calls the limit itself to check (and coerce) a
value. `orgdesigner.model.fields` says which limit each field of each entity keeps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, Literal

ID_MAX = 200
NAME_MAX = 500
TEXT_MAX = 100_000
FINDING_KEY_MAX = 2_000
AMOUNT_MAX = 1e15  # kr: far beyond any region's budget, well inside a float's exact range
FTE_MAX = 1e7
COUNT_MAX = 10**9  # whole numbers such as listed patients (JSON readers stop at 2**63)
VOLUME_MAX = 1e12  # items a year of one service to one buyer
SETTING_MAX = 10_000  # span of control and layers


class LimitError(ValueError):
    """A value outside the project's limits; the message is one of REASONS (for translation)."""


def _too_long(maximum: int) -> str:
    return f"at most {maximum} characters"


def _range(maximum: float, minimum: float = 0) -> str:
    return f"must be between {minimum:.0f} and {maximum:.0f}"


EMPTY = "must not be empty"
NOT_FINITE = "must be a finite number"
NOT_WHOLE = "must be a whole number"
NEGATIVE = "must not be negative"
NOT_TEXT = "must be text"
NOT_UNICODE = "contains a character that is not text (a lone surrogate)"
CHANGE_RANGE = "must be between -1 (-100 %) and 10 (+1000 %)"


@dataclass(frozen=True, slots=True)
class Limit:
    """One declared limit. Text: `low`..`high` characters (`strip`: edits drop the blanks around
    it first); numbers: `low`..`high`, whole or not. `optional`: None (or "" from a widget) is
    allowed; `many`: a list of such values, checked one by one (a tuple comes back)."""

    kind: Literal["text", "number", "whole"]
    high: float
    low: float = 0
    strip: bool = False
    optional: bool = False
    many: bool = False
    reason: str = ""  # a range's own wording, if not "must be between low and high"

    def bounds(self) -> dict[str, Any]:
        """The constraints as msgspec.Meta keywords (what the file's validator enforces)."""
        if self.kind == "text":
            return {"max_length": int(self.high)} | ({"min_length": int(self.low)} if self.low else {})
        return {"ge": self.low, "le": self.high}  # as declared: 0 stays 0 in the schema, 1e15 stays 1e15

    @property
    def or_none(self) -> Limit:
        return replace(self, optional=True)

    @property
    def one(self) -> Limit:
        """The limit of one item of a list."""
        return replace(self, many=False)

    @property
    def each(self) -> Limit:
        return replace(self, many=True)

    def reasons(self) -> tuple[str, ...]:
        """Every reason this limit can refuse a value with."""
        if self.kind == "text":
            return ((EMPTY,) if self.low else ()) + (_too_long(int(self.high)), NOT_TEXT, NOT_UNICODE)
        out = (self.reason or _range(self.high, self.low), NOT_FINITE) + ((NEGATIVE,) if self.low == 0 else ())
        return out + ((NOT_WHOLE,) if self.kind == "whole" else ())

    def held(self, value: Any) -> None:
        """Check a value an entity already holds (added, pasted, imported whole): of the stored
        type as it is, not converted as a typed value is ("12" is no number, 12 no name)."""
        if self.many:
            if not isinstance(value, list | tuple | frozenset | set):
                raise LimitError("must be a list")
            for item in value:
                self.one.held(item)
            return
        if self.optional and value is None:
            return
        if self.kind == "text" and not isinstance(value, str):
            raise LimitError(NOT_TEXT)
        if self.kind != "text" and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise LimitError(NOT_FINITE)
        if self.kind == "whole" and not isinstance(value, int):
            raise LimitError(NOT_WHOLE)
        if self.kind == "text" and self.strip and value != value.strip() and not value.strip():
            raise LimitError(EMPTY)
        replace(self, optional=False)(value)  # "" is no id, though a typed "" means none

    def __call__(self, value: Any) -> Any:
        if self.many:
            if isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
                raise LimitError("must be a list")
            one = self.one
            return tuple(one(item) for item in value)
        if self.optional and (value is None or value == ""):
            return None
        if self.kind == "text":
            return self._text(value)
        return self._number(value)

    def _text(self, raw: Any) -> str:
        if raw is None or isinstance(raw, bytes):
            raise LimitError(NOT_TEXT)
        value = str(raw)  # a number typed into a text field is its text
        if self.strip:
            value = value.strip()
        if len(value) < self.low:
            raise LimitError(EMPTY)
        if len(value) > self.high:
            raise LimitError(_too_long(int(self.high)))
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:  # the file (UTF-8 JSON) cannot carry it: every save would fail
                raise LimitError(NOT_UNICODE) from None
        return value

    def _number(self, value: Any) -> float | int:
        if isinstance(value, bool) or value is None:
            raise LimitError(NOT_FINITE)
        if isinstance(value, str):
            text = value.strip()
            value = float(text) if self.kind == "number" or any(c in text for c in ".eEnN") else int(text)
        if self.kind == "whole":
            if isinstance(value, float):
                if not math.isfinite(value) or not value.is_integer():
                    raise LimitError(NOT_WHOLE)
                value = int(value)
            if not isinstance(value, int):
                raise LimitError(NOT_WHOLE)
            self._within(value)
            return value
        number = float(value)  # OverflowError for an int beyond a float: the caller words it
        if not math.isfinite(number):
            raise LimitError(NOT_FINITE)
        self._within(number)
        return number

    def _within(self, number: float) -> None:
        if number < 0 <= self.low:
            raise LimitError(NEGATIVE)
        if not self.low <= number <= self.high:
            raise LimitError(self.reason or _range(self.high, self.low))


ID = Limit("text", ID_MAX, low=1)
NAME = Limit("text", NAME_MAX, low=1, strip=True)
TEXT = Limit("text", TEXT_MAX)
FINDING_KEY = Limit("text", FINDING_KEY_MAX, low=1)
AMOUNT = Limit("number", AMOUNT_MAX)
FTE = Limit("number", FTE_MAX)
COUNT = Limit("whole", COUNT_MAX)
VOLUME = Limit("number", VOLUME_MAX)
SHARE = Limit("number", 1)
CHANGE = Limit("number", 10, low=-1, reason=CHANGE_RANGE)
SETTING = Limit("whole", SETTING_MAX, low=1)

#: every reason a LimitError gives, so a user interface can translate each one
REASONS = tuple(dict.fromkeys(reason for limit in (ID, NAME, TEXT, FINDING_KEY, AMOUNT, FTE, COUNT, VOLUME,
                                                    SHARE, CHANGE, SETTING) for reason in limit.reasons()))


def check_id(value: str) -> str:
    return str(ID(value))


def check_amount(value: float | None, maximum: float = AMOUNT_MAX) -> float | None:
    """A finite number from 0 to `maximum`, or None."""
    if value is None:
        return None
    return float(replace(AMOUNT, high=maximum)(value))


def check_count(value: int | float | None) -> int | None:
    """A whole number from 0 to COUNT_MAX, or None."""
    if value is None:
        return None
    return int(COUNT(value))


_INT_MAX = 2**63 - 1


def check_json_value(value: object, depth: int = 0) -> object:
    """A value as the file stores it (a merge conflict's side): null, true/false, a whole number
    within 64 bits, a finite number, text or lists and objects of them, at most 100 deep."""
    if depth > 100:
        raise LimitError("nested too deeply")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        if not -_INT_MAX - 1 <= value <= _INT_MAX:
            raise LimitError("a whole number beyond 64 bits")
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise LimitError(NOT_FINITE)
        return value
    if isinstance(value, str):
        return TEXT(value) if len(value) > TEXT_MAX or not value.isascii() else value
    if isinstance(value, list | tuple):
        for item in value:
            check_json_value(item, depth + 1)
        return value
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise LimitError("object keys must be text")
            check_json_value(item, depth + 1)
        return value
    raise LimitError(f"not a value a file can hold ({type(value).__name__})")
