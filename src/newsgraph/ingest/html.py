"""HTML pages: the main text and metadata, boilerplate removed, via trafilatura."""

from __future__ import annotations

from collections.abc import Iterator

import trafilatura

from newsgraph.errors import InputError
from newsgraph.ingest.article import RawArticle
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.metadata import Metadata
from newsgraph.model import Skipped


def read_html(path: str, data: bytes) -> Iterator[RawArticle | Skipped]:
    markup = decode_bytes(data)
    found = trafilatura.bare_extraction(
        markup,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if found is None:
        raise InputError("no article text found in the HTML")
    fields = found if isinstance(found, dict) else found.as_dict()
    text = (fields.get("text") or "").strip()
    if not text:
        raise InputError("no article text found in the HTML")
    yield RawArticle(
        path=path,
        text=text,
        metadata=Metadata(
            title=fields.get("title"),
            outlet=fields.get("sitename"),
            author=fields.get("author"),
            published=fields.get("date"),
            url=fields.get("url"),
        ),
    )
