"""Doc-local claims and events, stored as extracted (JSON), read back for resolution."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict

from sqlalchemy import Connection, delete, select

from newsgraph.extract.rawclaims import RawClaim
from newsgraph.extract.rawevents import RawEvent
from newsgraph.store.schema import extractions


def replace_extraction(
    conn: Connection, document_id: str, claims: list[RawClaim], events: list[RawEvent]
) -> None:
    conn.execute(delete(extractions).where(extractions.c.document_id == document_id))
    conn.execute(
        extractions.insert().values(
            document_id=document_id,
            claims=json.dumps([asdict(c) for c in claims], ensure_ascii=False),
            events=json.dumps([asdict(e) for e in events], ensure_ascii=False),
        )
    )


def _claim(data: dict[str, object]) -> RawClaim:
    data["qualifiers"] = tuple(tuple(pair) for pair in data["qualifiers"])  # type: ignore[attr-defined]
    return RawClaim(**data)  # type: ignore[arg-type]


def _event(data: dict[str, object]) -> RawEvent:
    data["participants"] = tuple(tuple(pair) for pair in data["participants"])  # type: ignore[attr-defined]
    for key in ("killed", "injured"):
        data[key] = tuple(data[key]) if data[key] is not None else None  # type: ignore[arg-type]
    return RawEvent(**data)  # type: ignore[arg-type]


def all_extractions(conn: Connection) -> Iterator[tuple[list[RawClaim], list[RawEvent]]]:
    for row in conn.execute(select(extractions).order_by(extractions.c.document_id)):
        yield (
            [_claim(c) for c in json.loads(row.claims)],
            [_event(e) for e in json.loads(row.events)],
        )
