"""Article metadata read from the text itself: title, outlet, author, publication date.

Web articles saved as text keep their bylines and sign-offs ("By Jane Roe",
"Original Author: Jane Roe", "Staff reporter at The Daily", "Follow The Daily on
Twitter"); these rules read them. A field the file already has is never overwritten.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from newsgraph.text.dates import as_date, find_date

_NAME = r"[A-Z][\w.'’&-]*(?:[ \t]+(?:[A-Z][\w.'’&-]*|of|the|and|de|al|van|von)){0,5}"
_SOCIAL = r"(?:Google(?: News)?|Twitter|X|Facebook|Instagram|Telegram|LinkedIn|YouTube)"

AUTHOR_PATTERNS = [
    re.compile(r"^(?:Original\s+)?Author(?:\(s\))?\s*:\s*(?P<x>" + _NAME + r")\s*$", re.M),
    re.compile(r"^(?:Written\s+)?By:?\s+(?P<x>" + _NAME + r")\s*$", re.M),
    re.compile(
        r"^(?P<x>"
        + _NAME
        + r")\s*[:,|–—-]\s*(?:Staff|Senior|Chief)?\s*(?:reporter|correspondent|writer|editor)\b",
        re.M | re.I,
    ),
]
OUTLET_PATTERNS = [
    re.compile(
        r"\b(?:reporter|correspondent|writer|editor) (?:at|for|with) (?P<x>"
        + _NAME
        + r")\s*\.?\s*$",
        re.M | re.I,
    ),
    re.compile(r"^Follow (?P<x>" + _NAME + r") on " + _SOCIAL + r"\b", re.M),
    re.compile(r"^(?:©|Copyright|\(c\))\s*(?:\d{4}\s+)?(?P<x>" + _NAME + r")", re.M | re.I),
    re.compile(r"^(?:Source|Outlet|Publisher)\s*:\s*(?P<x>" + _NAME + r")\s*$", re.M),
]
DATE_LINE = re.compile(
    r"^(?:Published|Posted|Updated|Date|First published)(?:\s+on)?\s*:?\s*(?P<x>.{6,60})$",
    re.M | re.I,
)


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None

    def filled_from(self, other: Metadata) -> Metadata:
        """These fields, with the empty ones taken from ``other``."""
        return replace(
            self,
            title=self.title or other.title,
            outlet=self.outlet or other.outlet,
            author=self.author or other.author,
            published=self.published or other.published,
            url=self.url or other.url,
        )


RECORD_FIELDS = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site", "sitename", "publisher"),
    "author": ("author", "byline", "authors"),
    "published": ("published", "date", "published_at", "publish_date", "pubdate"),
    "url": ("url", "link"),
}


def record_field(record: Mapping[str, Any], names: Iterable[str]) -> str | None:
    """The first non-empty of ``names`` in a record (a list joined with commas)."""
    for name in names:
        value = record.get(name)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if value:
            return str(value).strip()
    return None


def metadata_from_record(record: Mapping[str, Any]) -> Metadata:
    """Metadata from a JSON object or CSV row, under any of the usual field names."""
    found = {key: record_field(record, names) for key, names in RECORD_FIELDS.items()}
    found["published"] = as_date(found["published"])
    return Metadata(**found)


def _first(patterns: list[re.Pattern[str]], text: str) -> str | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return match.group("x").strip(" .:,")
    return None


def guess_title(text: str) -> str | None:
    """The first line of three words or more near the top (section labels are shorter)."""
    for line in [ln.strip().lstrip("#").strip() for ln in text.split("\n") if ln.strip()][:5]:
        if len(line.split()) >= 3:
            return line[:300]
    return None


def guess_published(text: str) -> str | None:
    """A date stated on a 'Published:' line, or a short line near the top that is a date."""
    match = DATE_LINE.search(text)
    if match and (found := find_date(match.group("x"))):
        return found
    for line in [ln.strip() for ln in text.split("\n") if ln.strip()][:6]:
        if len(line) <= 40 and (found := find_date(line)) and _is_mostly_date(line):
            return found
    return None


def _is_mostly_date(line: str) -> bool:
    """A dateline ("12 April 2023", "Mon, March 3, 2022"), not a sentence that holds a date."""
    return len(re.findall(r"[^\W\d_]+", line)) <= 3


def metadata_from_text(text: str) -> Metadata:
    """Whatever metadata the text itself states."""
    return Metadata(
        title=guess_title(text),
        outlet=_first(OUTLET_PATTERNS, text),
        author=_first(AUTHOR_PATTERNS, text),
        published=guess_published(text),
    )
