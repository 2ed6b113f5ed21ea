"""Dates to ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; relative ones against the publication date.

A relative date ("on Thursday", "last year") is resolved only when the publication date
is known; otherwise it is left unresolved rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from newsgraph.text.dates import MONTHS, find_date

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH_ONLY = re.compile(r"\b(" + "|".join(m for m in MONTHS if len(m) > 3) + r")\b", re.I)


def _published(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _relative(lowered: str, today: date) -> str | None:
    if "yesterday" in lowered:
        return (today - timedelta(days=1)).isoformat()
    if "today" in lowered or "tonight" in lowered:
        return today.isoformat()
    rules: dict[str, Callable[[], str]] = {
        "last year": lambda: f"{today.year - 1:04d}",
        "this year": lambda: f"{today.year:04d}",
        "next year": lambda: f"{today.year + 1:04d}",
        "last month": lambda: _month(today.replace(day=1) - timedelta(days=1)),
        "this month": lambda: _month(today),
        "last week": lambda: _month(today - timedelta(days=7)),
        "this week": lambda: _month(today),
    }
    for phrase, rule in rules.items():
        if phrase in lowered:
            return rule()
    for index, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", lowered):
            back = (today.weekday() - index) % 7 or 7
            return (today - timedelta(days=back)).isoformat()
    match = _MONTH_ONLY.search(lowered)
    if match:
        month = MONTHS[match.group(1).lower()]
        year = today.year if month <= today.month else today.year - 1
        day = re.match(r"\s+(\d{1,2})\b", lowered[match.end() :])
        if day:
            try:
                return date(year, month, int(day.group(1))).isoformat()
            except ValueError:
                return None
        return f"{year:04d}-{month:02d}"
    return None


def resolve_date(text: str, published: str | None = None) -> str | None:
    """The date ``text`` names, at the precision it gives; None when it cannot be known."""
    found = find_date(text)
    if found:
        return found
    years: list[str] = _YEAR.findall(text)
    if years:
        return years[0]
    today = _published(published)
    return _relative(text.lower(), today) if today else None
