"""Mentions: stored as extracted, replaced whole when a document is extracted again."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import Connection, delete, select

from newsgraph.model import Mention
from newsgraph.store.schema import entity_mentions, mentions


def replace_mentions(conn: Connection, document_id: str, found: Sequence[Mention]) -> None:
    old = select(mentions.c.id).where(mentions.c.document_id == document_id)
    conn.execute(delete(entity_mentions).where(entity_mentions.c.mention_id.in_(old)))
    conn.execute(delete(mentions).where(mentions.c.document_id == document_id))
    if found:
        conn.execute(
            mentions.insert(),
            [
                {
                    "id": m.id,
                    "document_id": m.document,
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "type": m.type,
                    "label": m.label,
                    "name": m.name,
                    "sentence_start": m.sentence_start,
                    "sentence_end": m.sentence_end,
                }
                for m in found
            ],
        )


def all_mentions(conn: Connection) -> Iterator[Mention]:
    """Every stored mention, in document and offset order."""
    query = select(mentions).order_by(mentions.c.document_id, mentions.c.start)
    for row in conn.execute(query):
        yield Mention(
            document=row.document_id,
            start=row.start,
            end=row.end,
            text=row.text,
            type=row.type,
            sentence_start=row.sentence_start,
            sentence_end=row.sentence_end,
            name=row.name,
            label=row.label,
        )
