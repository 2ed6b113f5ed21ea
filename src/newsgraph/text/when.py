"""Dates to ``YYYYs`` (a decade), ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; relative ones
against the publication date.

A relative date ("on Thursday", "last year") is resolved only as far as the publication
date is known: "last year" needs only its year, "last month" its month, "on Thursday" its
day. Otherwise it is left unresolved rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from newsgraph.text.dates import MONTHS, as_date, find_date

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DECADE = re.compile(r"\b(1[89]\d0|20\d0)['’]?s\b")
_SHORT_DECADE = re.compile(r"(?:^|\s|['’])([3-9]0|00|10)['’]?s\b")
_AGE = re.compile(r"\b(?:his|her|their|my|your|our|its)\s", re.I)  # "in his 80s": an age
_MONTH_ONLY = re.compile(r"\b(" + "|".join(m for m in MONTHS if len(m) > 3) + r")\b", re.I)


@dataclass(frozen=True, slots=True)
class Anchor:
    """The publication date, as precisely as it is known."""

    year: int
    month: int | None = None
    day: date | None = None

    @classmethod
    def parse(cls, value: str | None) -> Anchor | None:
        found = as_date(value)
        if found is None:
            return None
        parts = [int(p) for p in found.split("-")]
        exact = date(*parts) if len(parts) == 3 else None
        return cls(parts[0], parts[1] if len(parts) > 1 else None, exact)


def decade(text: str) -> str | None:
    """ "the 1980s", "in the ’80s" -> "1980s"; "the 20s" is left alone (1920s or 2020s)."""
    match = _DECADE.search(text)
    if match:
        return f"{match.group(1)}s"
    match = _SHORT_DECADE.search(text)
    if match and not _AGE.search(text):
        tens = match.group(1)
        return f"{'20' if tens in ('00', '10') else '19'}{tens}s"
    return None


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _by_day(lowered: str, today: date) -> str | None:
    if "yesterday" in lowered:
        return (today - timedelta(days=1)).isoformat()
    if "today" in lowered or "tonight" in lowered:
        return today.isoformat()
    if "last week" in lowered:
        return _month(today - timedelta(days=7))
    for index, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", lowered):
            back = (today.weekday() - index) % 7 or 7
            return (today - timedelta(days=back)).isoformat()
    return None


def _by_month(lowered: str, year: int, month: int) -> str | None:
    rules: dict[str, Callable[[], str]] = {
        "last month": lambda: f"{year - (month == 1):04d}-{(month - 2) % 12 + 1:02d}",
        "this month": lambda: f"{year:04d}-{month:02d}",
        "this week": lambda: f"{year:04d}-{month:02d}",
    }
    for phrase, rule in rules.items():
        if phrase in lowered:
            return rule()
    match = _MONTH_ONLY.search(lowered)
    if not match:
        return None
    named = MONTHS[match.group(1).lower()]
    in_year = year if named <= month else year - 1
    day = re.match(r"\s+(\d{1,2})\b", lowered[match.end() :])
    if not day:
        return f"{in_year:04d}-{named:02d}"
    try:
        return date(in_year, named, int(day.group(1))).isoformat()
    except ValueError:
        return None


def _by_year(lowered: str, year: int) -> str | None:
    for phrase, offset in (("last year", -1), ("this year", 0), ("next year", 1)):
        if phrase in lowered:
            return f"{year + offset:04d}"
    return None


def _relative(lowered: str, anchor: Anchor) -> str | None:
    if anchor.day is not None and (found := _by_day(lowered, anchor.day)):
        return found
    if anchor.month is not None and (found := _by_month(lowered, anchor.year, anchor.month)):
        return found
    return _by_year(lowered, anchor.year)


def resolve_date(text: str, published: str | None = None) -> str | None:
    """The date ``text`` names, at the precision it gives; None when it cannot be known."""
    found = find_date(text)
    if found:
        return found
    years: list[str] = _YEAR.findall(text)
    if years:
        return years[0]
    if found := decade(text):
        return found
    anchor = Anchor.parse(published)
    return _relative(text.lower(), anchor) if anchor else None


PRECISIONS = ("decade", "year", "month", "day")


def precision(value: str) -> str:
    """ "decade", "year", "month" or "day" for a date this module returns."""
    if value.endswith("s"):
        return "decade"
    return {4: "year", 7: "month"}.get(len(value), "day")


def sort_key(value: str) -> tuple[int, int, int, int]:
    """Earlier first; within a period the less precise first ("1980s" < "1980" < "1980-05")."""
    if value.endswith("s"):
        return int(value[:4]), -1, 0, 0
    parts = [int(p) for p in value.split("-")]
    year, month, day = [*parts, 0, 0][:3]
    return year, 0, month, day


def _period(value: str) -> str:
    return value[:3] if value.endswith("s") else value


def overlaps(a: str, b: str) -> bool:
    """Two dates that can name the same time: one holds the other ("1980s" and "1985",
    "2019" and "2019-11")."""
    first, second = _period(a), _period(b)
    return first.startswith(second) or second.startswith(first)


def rank(value: str | None) -> int:
    """How precise a date is: -1 unknown, 0 decade, 1 year, 2 month, 3 day."""
    return PRECISIONS.index(precision(value)) if value else -1


def more_precise(a: str | None, b: str | None) -> str | None:
    """The more precise of two overlapping dates (either may be unknown)."""
    return b if rank(b) > rank(a) else a
