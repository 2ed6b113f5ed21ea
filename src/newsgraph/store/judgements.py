"""Analyst judgements and the links that explain each entity."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from sqlalchemy import Connection, delete, select

from newsgraph.resolve.judgements import Judgement
from newsgraph.resolve.scoring import Link
from newsgraph.store.schema import entity_links, entity_mentions, judgements


def add_judgement(conn: Connection, judgement: Judgement) -> None:
    conn.execute(
        judgements.insert().values(
            id=judgement.id,
            kind=judgement.kind,
            first=json.dumps(list(judgement.first)),
            second=json.dumps(list(judgement.second)),
            author=judgement.author,
            created=judgement.created,
            reason=judgement.reason,
        )
    )


def all_judgements(conn: Connection) -> list[Judgement]:
    rows = conn.execute(select(judgements).order_by(judgements.c.created, judgements.c.id))
    return [
        Judgement(
            id=r.id,
            kind=r.kind,
            first=tuple(json.loads(r.first)),
            second=tuple(json.loads(r.second)),
            author=r.author,
            created=r.created,
            reason=r.reason,
        )
        for r in rows
    ]


def previous_entities(conn: Connection) -> dict[str, str]:
    """Mention id -> entity id as the last build left them."""
    return {r.mention_id: r.entity_id for r in conn.execute(select(entity_mentions))}


def replace_links(conn: Connection, links: Mapping[str, Sequence[Link]]) -> None:
    conn.execute(delete(entity_links))
    rows = [
        {
            "entity_id": entity,
            "first": link.first,
            "second": link.second,
            "score": link.score,
            "features": json.dumps(link.features, sort_keys=True),
            "reason": link.reason,
        }
        for entity, found in links.items()
        for link in found
    ]
    if rows:
        conn.execute(entity_links.insert(), rows)


def entity_links_of(conn: Connection, entity: str) -> list[Link]:
    rows = conn.execute(select(entity_links).where(entity_links.c.entity_id == entity))
    return [Link(r.first, r.second, r.score, json.loads(r.features), r.reason) for r in rows]
