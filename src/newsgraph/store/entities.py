"""Entities: derived state, rewritten whole by each resolve."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, delete

from newsgraph.model import Entity
from newsgraph.store.schema import entities, entity_mentions


def replace_entities(conn: Connection, found: Sequence[Entity]) -> None:
    conn.execute(delete(entity_mentions))
    conn.execute(delete(entities))
    if not found:
        return
    conn.execute(entities.insert(), [{"id": e.id, "type": e.type, "name": e.name} for e in found])
    conn.execute(
        entity_mentions.insert(),
        [{"mention_id": m, "entity_id": e.id} for e in found for m in e.mentions],
    )
