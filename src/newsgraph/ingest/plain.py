"""Plain text and Markdown articles."""

from __future__ import annotations

from collections.abc import Iterator

from newsgraph.ingest.article import RawArticle
from newsgraph.ingest.decode import decode_bytes
from newsgraph.model import Skipped


def read_plain(path: str, data: bytes) -> Iterator[RawArticle | Skipped]:
    yield RawArticle(path=path, text=decode_bytes(data))
