"""The limits every value of a project must keep: one source for the file's validator, the edit
commands, imports and templates, so nothing can be typed, imported or generated that the project
file would refuse to read back (a 600-character name, an integer JSON cannot hold, infinity).
"""

from __future__ import annotations

import math

ID_MAX = 200
NAME_MAX = 500
TEXT_MAX = 100_000
FINDING_KEY_MAX = 2_000
AMOUNT_MAX = 1e15  # kr: far beyond any region's budget, well inside a float's exact range
FTE_MAX = 1e7
COUNT_MAX = 10**9  # whole numbers such as listed patients (JSON readers stop at 2**63)


class LimitError(ValueError):
    """A value outside the project's limits; the message is one of REASONS (for translation)."""


def _too_long(maximum: int) -> str:
    return f"at most {maximum} characters"


def _range(maximum: float) -> str:
    return f"must be between 0 and {maximum:.0f}"


EMPTY = "must not be empty"
NOT_FINITE = "must be a finite number"
NOT_WHOLE = "must be a whole number"
#: every reason a LimitError gives, so a user interface can translate each one
REASONS = (EMPTY, NOT_FINITE, NOT_WHOLE, _too_long(ID_MAX), _too_long(NAME_MAX), _too_long(TEXT_MAX),
           _range(AMOUNT_MAX), _range(FTE_MAX), _range(COUNT_MAX))


def check_id(value: str) -> str:
    if not value:
        raise LimitError(EMPTY)
    if len(value) > ID_MAX:
        raise LimitError(_too_long(ID_MAX))
    return value


def check_name(value: str) -> str:
    value = value.strip()
    if not value:
        raise LimitError(EMPTY)
    if len(value) > NAME_MAX:
        raise LimitError(_too_long(NAME_MAX))
    return value


def check_text(value: str) -> str:
    if len(value) > TEXT_MAX:
        raise LimitError(_too_long(TEXT_MAX))
    return value


def check_amount(value: float | None, maximum: float = AMOUNT_MAX) -> float | None:
    """A finite number from 0 to `maximum`, or None."""
    if value is None:
        return None
    number = float(value)
    if not math.isfinite(number):
        raise LimitError(NOT_FINITE)
    if number < 0 or number > maximum:
        raise LimitError(_range(maximum))
    return number


def check_count(value: int | float | None) -> int | None:
    """A whole number from 0 to COUNT_MAX, or None."""
    if value is None:
        return None
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise LimitError(NOT_WHOLE)
        value = int(value)
    if not 0 <= value <= COUNT_MAX:
        raise LimitError(_range(COUNT_MAX))
    return value
