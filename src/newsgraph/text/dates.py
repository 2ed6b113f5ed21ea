"""Absolute dates written in English, to ISO strings with their precision."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_PATTERNS = [
    re.compile(r"\b" + _YEAR + r"-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b", re.I),
    re.compile(r"\b" + _DAY + r"\s+" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),
    re.compile(r"\b" + _MONTH + r",?\s+" + _YEAR + r"\b", re.I),
]


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    try:
        if day is not None and month is not None:
            return date(year, month, day).isoformat()
    except ValueError:
        return None
    if month is not None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
    return f"{year:04d}"


def find_date(text: str) -> str | None:
    """The first absolute date in ``text`` as ``YYYY-MM-DD`` or ``YYYY-MM``, else None."""
    for pattern in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()]
        day = int(parts["day"]) if parts.get("day") else None
        found = _iso(int(parts["year"]), month, day)
        if found:
            return found
    return None


_ISO_START = re.compile(r"^\s*((?:1[89]|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?(?:$|[T\s])")


def as_date(value: str | None) -> str | None:
    """A date field's value ("2021-08-27T10:00Z", "2021-08", "August 27, 2021") as an ISO
    date at its own precision, or None when it is not a date."""
    if not value:
        return None
    match = _ISO_START.match(value)
    if match:
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        return _iso(year, month, day)
    return find_date(value)
