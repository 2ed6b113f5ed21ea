"""JSON Lines: one article per line, with its text and optional metadata fields.

A line that is not a JSON object with text is reported on its own; the other lines go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from newsgraph.ingest.article import RawArticle
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.metadata import metadata_from_record, record_field
from newsgraph.model import Skipped

TEXT_FIELDS = ("text", "content", "body", "article")


def _article(path: str, record: Any) -> RawArticle | Skipped:
    if not isinstance(record, dict):
        return Skipped(path, "not a JSON object")
    text = record_field(record, TEXT_FIELDS)
    if not text:
        return Skipped(path, f"no text field (expected one of {', '.join(TEXT_FIELDS)})")
    meta = metadata_from_record(record)
    return RawArticle(path=path, text=text.replace("\r\n", "\n"), metadata=meta)


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
