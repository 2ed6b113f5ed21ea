"""Decide what a newly read article is: new, already stored, or a duplicate of a stored one."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from sqlalchemy import Connection

from newsgraph.ingest.article import RawArticle
from newsgraph.ingest.dedupe import NEAR_DUPLICATE, content_id, signature, similarity
from newsgraph.model import Document
from newsgraph.store.documents import has_document, near_candidates, source_document


@dataclass(frozen=True, slots=True)
class Admission:
    """What to do with one article: store it (``new``), or record its path against ``of``."""

    kind: Literal["new", "unchanged", "exact", "near"]
    document: Document
    signature: tuple[int, ...]
    url: str | None = None
    of: str | None = None
    similarity: float = 1.0
    declared: bool = False  # the analyst's manifest states metadata for it


@dataclass
class Admissions:
    """Admissions of one batch, so that duplicates inside the batch are caught too."""

    near_duplicates: bool = True
    pending: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def admit(self, conn: Connection, raw: RawArticle) -> Admission:
        doc = _document(raw)
        sig = signature(raw.text)
        known = source_document(conn, raw.path)
        if known == doc.id:
            declared = raw.declared is not None
            return Admission("unchanged", doc, sig, raw.metadata.url, declared=declared)
        if doc.id in self.pending or has_document(conn, doc.id):
            return Admission("exact", doc, sig, of=doc.id)
        if self.near_duplicates:
            for other, other_sig in self._candidates(conn, sig):
                score = similarity(sig, other_sig)
                if score >= NEAR_DUPLICATE:
                    return Admission("near", doc, sig, of=other, similarity=score)
        self.pending[doc.id] = sig
        return Admission("new", doc, sig, url=raw.metadata.url)

    def _candidates(
        self, conn: Connection, sig: tuple[int, ...]
    ) -> list[tuple[str, tuple[int, ...]]]:
        return near_candidates(conn, sig) + list(self.pending.items())


def _document(raw: RawArticle) -> Document:
    meta = raw.metadata
    return Document(
        id=content_id(raw.text),
        path=raw.path,
        text=raw.text,
        title=meta.title,
        outlet=meta.outlet,
        author=meta.author,
        published=meta.published,
    )
