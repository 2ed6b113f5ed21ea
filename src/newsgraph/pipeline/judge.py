"""Analyst judgements from Python or the CLI: record one, then rebuild what depends on it."""

from __future__ import annotations

import getpass
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, select

from newsgraph.errors import NewsgraphError
from newsgraph.pipeline.build import resolve
from newsgraph.resolve.judgements import Judgement, Kind
from newsgraph.resolve.scoring import Link
from newsgraph.store.engine import connect
from newsgraph.store.judgements import add_judgement, entity_links_of
from newsgraph.store.schema import entities, entity_mentions, mentions


class UnknownEntityError(NewsgraphError):
    """No entity has that id or name."""


def find_entity(conn: Connection, ref: str) -> str:
    """The id of the entity named ``ref`` (an id, its name, or one of its aliases)."""
    if conn.execute(select(entities.c.id).where(entities.c.id == ref)).first():
        return ref
    named = conn.execute(select(entities.c.id).where(entities.c.name == ref)).scalars().all()
    if not named:
        query = (
            select(entity_mentions.c.entity_id)
            .join(mentions, mentions.c.id == entity_mentions.c.mention_id)
            .where((mentions.c.text == ref) | (mentions.c.name == ref))
            .distinct()
        )
        named = conn.execute(query).scalars().all()
    if len(named) != 1:
        hint = (
            "no entity has that name" if not named else f"{len(named)} entities have it; use an id"
        )
        raise UnknownEntityError(f"{ref!r}: {hint}")
    return str(named[0])


def mentions_of(conn: Connection, entity: str) -> list[str]:
    query = select(entity_mentions.c.mention_id).where(entity_mentions.c.entity_id == entity)
    return sorted(conn.execute(query).scalars().all())


def _record(
    db: str | Path, kind: Kind, first: list[str], second: list[str], reason: str, author: str | None
) -> Judgement:
    created = datetime.now(UTC).isoformat(timespec="seconds")
    digest = hashlib.sha1(f"{kind}{first}{second}{created}".encode()).hexdigest()[:10]
    judgement = Judgement(
        f"J{digest}",
        kind,
        tuple(first),
        tuple(second),
        author or getpass.getuser(),
        created,
        reason,
    )
    engine = connect(db)
    try:
        with engine.begin() as conn:
            add_judgement(conn, judgement)
        resolve(engine)
    finally:
        engine.dispose()
    return judgement


def _two_entities(db: str | Path, first: str, second: str) -> tuple[list[str], list[str]]:
    engine = connect(db)
    try:
        with engine.connect() as conn:
            a, b = find_entity(conn, first), find_entity(conn, second)
            if a == b:
                raise NewsgraphError(f"{first!r} and {second!r} are already one entity ({a})")
            return mentions_of(conn, a), mentions_of(conn, b)
    finally:
        engine.dispose()


def merge(
    db: str | Path, first: str, second: str, reason: str = "", author: str | None = None
) -> Judgement:
    """Record that two entities are one; it holds on every rebuild."""
    a, b = _two_entities(db, first, second)
    return _record(db, "merge", a, b, reason, author)


def not_same(
    db: str | Path, first: str, second: str, reason: str = "", author: str | None = None
) -> Judgement:
    """Record that two entities must never be merged."""
    a, b = _two_entities(db, first, second)
    return _record(db, "not_same", a, b, reason, author)


def split(
    db: str | Path, entity: str, split_off: list[str], reason: str = "", author: str | None = None
) -> Judgement:
    """Record that some mentions of an entity are another entity."""
    engine = connect(db)
    try:
        with engine.connect() as conn:
            ident = find_entity(conn, entity)
            own = mentions_of(conn, ident)
    finally:
        engine.dispose()
    unknown = sorted(set(split_off) - set(own))
    if unknown or not split_off:
        raise NewsgraphError(f"not mentions of {entity!r}: {unknown or 'none given'}")
    rest = [m for m in own if m not in split_off]
    return _record(db, "split", list(split_off), rest, reason, author)


@dataclass(frozen=True)
class Explanation:
    entity: str
    name: str
    groups: dict[str, list[tuple[str, str]]]  # name key -> (mention id, text)
    links: list[Link]


def explain(db: str | Path, ref: str) -> Explanation:
    """The mentions an entity groups, by name, and the links (features, score) that joined them."""
    from newsgraph.resolve.normalize import name_key

    engine = connect(db)
    try:
        with engine.connect() as conn:
            ident = find_entity(conn, ref)
            name = conn.execute(select(entities.c.name).where(entities.c.id == ident)).scalar_one()
            rows = conn.execute(
                select(mentions.c.id, mentions.c.text, mentions.c.name)
                .join(entity_mentions, mentions.c.id == entity_mentions.c.mention_id)
                .where(entity_mentions.c.entity_id == ident)
                .order_by(mentions.c.id)
            )
            groups: dict[str, list[tuple[str, str]]] = {}
            for row in rows:
                groups.setdefault(name_key(row.name or row.text), []).append((row.id, row.text))
            return Explanation(ident, name, groups, entity_links_of(conn, ident))
    finally:
        engine.dispose()
