"""Documents, their source paths, near-duplicate bands and skipped inputs."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Row, delete, select

from newsgraph.analyze.outlets import outlet_label
from newsgraph.ingest.dedupe import bands, decode_signature, encode_signature
from newsgraph.model import Document, Skipped
from newsgraph.store.schema import document_bands, documents, skipped, sources


def add_document(
    conn: Connection, doc: Document, signature: tuple[int, ...], url: str | None, version: str
) -> None:
    conn.execute(
        documents.insert().values(
            id=doc.id,
            path=doc.path,
            title=doc.title,
            outlet=doc.outlet,
            author=doc.author,
            published=doc.published,
            url=url,
            language=doc.language,
            text=doc.text,
            signature=encode_signature(signature),
            extractor_version=version,
        )
    )
    conn.execute(
        document_bands.insert(), [{"band": b, "document_id": doc.id} for b in bands(signature)]
    )


def record_source(
    conn: Connection, path: str, document_id: str, kind: str, similarity: float
) -> None:
    """Remember which document ``path`` gave (replacing what it gave before)."""
    conn.execute(delete(sources).where(sources.c.path == path))
    conn.execute(
        sources.insert().values(
            path=path, document_id=document_id, kind=kind, similarity=similarity
        )
    )
    conn.execute(delete(skipped).where(skipped.c.path == path))


def record_skipped(conn: Connection, items: Iterable[Skipped]) -> None:
    for item in items:
        conn.execute(delete(skipped).where(skipped.c.path == item.path))
        conn.execute(skipped.insert().values(path=item.path, reason=item.reason))


def source_document(conn: Connection, path: str) -> str | None:
    return conn.execute(select(sources.c.document_id).where(sources.c.path == path)).scalar()


def has_document(conn: Connection, document_id: str) -> bool:
    found = conn.execute(select(documents.c.id).where(documents.c.id == document_id)).first()
    return found is not None


def near_candidates(
    conn: Connection, signature: tuple[int, ...]
) -> list[tuple[str, tuple[int, ...]]]:
    """Stored documents that share an LSH band with ``signature``."""
    ids = select(document_bands.c.document_id).where(document_bands.c.band.in_(bands(signature)))
    rows = conn.execute(
        select(documents.c.id, documents.c.signature).where(documents.c.id.in_(ids))
    )
    return [(row.id, decode_signature(row.signature)) for row in rows]


def stale_documents(conn: Connection, version: str) -> list[Document]:
    """Stored documents extracted by another extractor version."""
    rows = conn.execute(select(documents).where(documents.c.extractor_version != version))
    return [row_document(row) for row in rows]


def update_metadata(conn: Connection, doc: Document, url: str | None) -> bool:
    """Give a stored document the metadata the analyst declared for it; a new publication
    date marks it for extraction again (relative dates depend on it). True if changed."""
    stored = conn.execute(select(documents).where(documents.c.id == doc.id)).one()
    given = {
        "title": doc.title,
        "outlet": doc.outlet,
        "author": doc.author,
        "published": doc.published,
        "url": url,
    }
    changes = {k: v for k, v in given.items() if v is not None and v != getattr(stored, k)}
    if "published" in changes:
        changes["extractor_version"] = ""
    if changes:
        conn.execute(documents.update().where(documents.c.id == doc.id).values(**changes))
    return bool(changes)


def set_version(conn: Connection, document_id: str, version: str) -> None:
    conn.execute(
        documents.update().where(documents.c.id == document_id).values(extractor_version=version)
    )


def document_outlets(conn: Connection) -> dict[str, str]:
    """Each document's outlet label (its outlet, web host, or itself when unknown)."""
    rows = conn.execute(
        select(documents.c.id, documents.c.outlet, documents.c.url, documents.c.path)
    )
    return {row.id: outlet_label(row.outlet, row.url, row.path) for row in rows}


def row_document(row: Row[Any]) -> Document:
    return Document(
        id=row.id,
        path=row.path,
        text=row.text,
        title=row.title,
        outlet=row.outlet,
        author=row.author,
        published=row.published,
        language=row.language,
    )
