"""The JSON export (contract ``newsgraph/1`` in DESIGN.md), and its validation."""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
from sqlalchemy import Connection, select

from newsgraph.analyze.support import support
from newsgraph.store.documents import document_outlets
from newsgraph.store.judgements import all_judgements
from newsgraph.store.schema import (
    claims,
    conflicts,
    documents,
    entities,
    entity_mentions,
    event_participants,
    events,
    evidence,
    mentions,
    sources,
)

SCHEMA_ID = "newsgraph/1"


@cache
def export_schema() -> dict[str, Any]:
    text = resources.files("newsgraph").joinpath("export/schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_export(data: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``data`` breaks the contract."""
    jsonschema.validate(data, export_schema())
    _check_references(data)


def _check_references(data: dict[str, Any]) -> None:
    ids = {d["id"] for d in data["documents"]} | {e["id"] for e in data["entities"]}
    for entity in data["entities"]:
        missing = set(entity["documents"]) - ids
        if missing:
            raise jsonschema.ValidationError(
                f"entity {entity['id']} names unknown documents {missing}"
            )


def _documents(conn: Connection) -> list[dict[str, Any]]:
    dups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in conn.execute(
        select(sources).where(sources.c.kind != "original").order_by(sources.c.path)
    ):
        dups[row.document_id].append(
            {"path": row.path, "kind": row.kind, "similarity": round(row.similarity, 3)}
        )
    query = select(
        documents.c.id,
        documents.c.path,
        documents.c.title,
        documents.c.outlet,
        documents.c.author,
        documents.c.published,
    ).order_by(documents.c.path, documents.c.id)
    out = []
    for row in conn.execute(query):
        item = dict(row._mapping)
        if dups[row.id]:
            item["duplicates"] = dups[row.id]
        out.append(item)
    return out


def _entities(conn: Connection) -> list[dict[str, Any]]:
    aliases: dict[str, set[str]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    joined = select(
        entity_mentions.c.entity_id, mentions.c.text, mentions.c.name, mentions.c.document_id
    ).join(mentions, mentions.c.id == entity_mentions.c.mention_id)
    for row in conn.execute(joined):
        aliases[row.entity_id].update(v for v in (row.text, row.name) if v)
        docs[row.entity_id].add(row.document_id)
        counts[row.entity_id] += 1
    out = []
    for row in conn.execute(
        select(entities).order_by(entities.c.type, entities.c.name, entities.c.id)
    ):
        out.append(
            {
                "id": row.id,
                "type": row.type,
                "name": row.name,
                "aliases": sorted(aliases[row.id] - {row.name}),
                "mention_count": counts[row.id],
                "documents": sorted(docs[row.id]),
            }
        )
    return out


def _evidence(conn: Connection, column: Any) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = defaultdict(list)
    query = (
        select(evidence)
        .where(column.is_not(None))
        .order_by(evidence.c.document_id, evidence.c.start)
    )
    for row in conn.execute(query):
        found[row._mapping[column.name]].append(
            {
                "document": row.document_id,
                "start": row.start,
                "end": row.end,
                "text": row.text,
                "attributed_to": row.attributed_to,
                "hedged": bool(row.hedged),
            }
        )
    return found


def _claims(conn: Connection) -> list[dict[str, Any]]:
    stated = _evidence(conn, evidence.c.claim_id)
    out = []
    for row in conn.execute(select(claims).order_by(claims.c.id)):
        out.append(
            {
                "id": row.id,
                "subject": row.subject,
                "predicate": row.predicate,
                "object": row.object,
                "value": None if row.value is None else json.loads(row.value),
                "unit": row.unit,
                "polarity": row.polarity,
                "qualifiers": json.loads(row.qualifiers),
                "evidence": stated[row.id],
            }
        )
    return out


def _events(conn: Connection) -> list[dict[str, Any]]:
    stated = _evidence(conn, evidence.c.event_id)
    roles: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in conn.execute(
        select(event_participants).order_by(
            event_participants.c.role, event_participants.c.entity_id
        )
    ):
        roles[row.event_id].append({"entity": row.entity_id, "role": row.role})
    out = []
    for row in conn.execute(select(events).order_by(events.c.date, events.c.id)):
        out.append(
            {
                "id": row.id,
                "type": row.type,
                "label": row.label,
                "date": row.date,
                "location": row.location,
                "participants": roles[row.id],
                "killed": row.killed,
                "injured": row.injured,
                "evidence": stated[row.id],
            }
        )
    return out


def _conflicts(conn: Connection) -> list[dict[str, Any]]:
    return [
        {
            "id": row.id,
            "kind": row.kind,
            "subject": row.subject,
            "predicate": row.predicate,
            "claims": json.loads(row.claims),
            "summary": row.summary,
            "sides": json.loads(row.sides),
        }
        for row in conn.execute(select(conflicts).order_by(conflicts.c.kind, conflicts.c.id))
    ]


def _judgements(conn: Connection) -> list[dict[str, Any]]:
    return [
        {
            "id": j.id,
            "kind": j.kind,
            "mentions": list(j.first),
            "other_mentions": list(j.second),
            "author": j.author,
            "created": j.created,
            "reason": j.reason,
        }
        for j in all_judgements(conn)
    ]


def _with_support(items: list[dict[str, Any]], outlet_of: dict[str, str]) -> list[dict[str, Any]]:
    for item in items:
        item["support"] = support(item["evidence"], outlet_of)
    return items


def export_json(conn: Connection) -> dict[str, Any]:
    """The whole graph as the ``newsgraph/1`` JSON document; claims and events carry their
    corroboration (documents, independent outlets, speakers) under ``support``."""
    outlet_of = document_outlets(conn)
    return {
        "schema": SCHEMA_ID,
        "documents": _documents(conn),
        "entities": _entities(conn),
        "claims": _with_support(_claims(conn), outlet_of),
        "events": _with_support(_events(conn), outlet_of),
        "conflicts": _conflicts(conn),
        "judgements": _judgements(conn),
    }
