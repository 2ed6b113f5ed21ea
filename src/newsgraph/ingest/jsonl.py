"""JSON Lines: one article per line, with its text and optional metadata fields.

A line that is not a JSON object with text is reported on its own; the other lines go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsgraph.ingest.article import RawArticle
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.metadata import Metadata
from newsgraph.model import Skipped
from newsgraph.text.dates import find_date

TEXT_FIELDS = ("text", "content", "body", "article")
FIELDS = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "site", "sitename", "publisher"),
    "author": ("author", "byline", "authors"),
    "published": ("published", "date", "published_at", "publish_date", "pubdate"),
    "url": ("url", "link"),
}


def _field(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v)
        if value:
            return str(value).strip()
    return None


def _published(value: str | None) -> str | None:
    if not value:
        return None
    return find_date(value) or (value[:10] if len(value) >= 10 and value[4] == "-" else None)


def _article(path: str, record: Any) -> RawArticle | Skipped:
    if not isinstance(record, dict):
        return Skipped(path, "not a JSON object")
    text = _field(record, TEXT_FIELDS)
    if not text:
        return Skipped(path, f"no text field (expected one of {', '.join(TEXT_FIELDS)})")
    meta = {key: _field(record, names) for key, names in FIELDS.items()}
    meta["published"] = _published(meta["published"])
    return RawArticle(path=path, text=text.replace("\r\n", "\n"), metadata=Metadata(**meta))


def read_jsonl(path: str, data: bytes) -> Iterator[RawArticle | Skipped]:
    for number, line in enumerate(decode_bytes(data).split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}#L{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Skipped(where, f"line {number} is not valid JSON ({error.msg})")
            continue
        yield _article(where, record)
