"""Counts for ``newsgraph stats``."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, func, select

from newsgraph.model import Skipped
from newsgraph.store.schema import (
    claims,
    conflicts,
    documents,
    entities,
    events,
    mentions,
    skipped,
    sources,
)


@dataclass(frozen=True, slots=True)
class Stats:
    documents: int
    duplicates: int
    mentions: int
    ambiguous_mentions: int
    entities_by_type: dict[str, int]
    claims: int
    events: int
    conflicts: int
    skipped: list[Skipped]


def _count(conn: Connection, table: object, *where: object) -> int:
    query = select(func.count()).select_from(table)  # type: ignore[arg-type]
    for clause in where:
        query = query.where(clause)  # type: ignore[arg-type]
    return int(conn.execute(query).scalar() or 0)


def collect_stats(conn: Connection) -> Stats:
    by_type = conn.execute(select(entities.c.type, func.count()).group_by(entities.c.type))
    return Stats(
        documents=_count(conn, documents),
        duplicates=_count(conn, sources, sources.c.kind != "original"),
        mentions=_count(conn, mentions),
        ambiguous_mentions=_count(conn, mentions, mentions.c.name.is_(None)),
        entities_by_type={row[0]: row[1] for row in by_type},
        claims=_count(conn, claims),
        events=_count(conn, events),
        conflicts=_count(conn, conflicts),
        skipped=[
            Skipped(r.path, r.reason)
            for r in conn.execute(select(skipped).order_by(skipped.c.path))
        ],
    )
