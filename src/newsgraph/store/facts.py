"""Claims and events between entities: derived state, rewritten whole by each resolve."""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import Connection, delete

from newsgraph.analyze.conflicts import Disagreement
from newsgraph.model import Claim, Event, Evidence
from newsgraph.store.schema import claims, conflicts, event_participants, events, evidence


def _evidence_rows(
    items: Sequence[Evidence], claim_id: str | None, event_id: str | None
) -> list[dict[str, object]]:
    rows = []
    for item in items:
        row = _evidence_json(item)
        row["document_id"] = row.pop("document")
        rows.append({"claim_id": claim_id, "event_id": event_id, **row})
    return rows


def _evidence_json(item: Evidence) -> dict[str, object]:
    return {
        "document": item.document,
        "start": item.start,
        "end": item.end,
        "text": item.text,
        "attributed_to": item.attributed_to,
        "hedged": item.hedged,
    }


def _store_conflicts(conn: Connection, found: Sequence[Disagreement]) -> None:
    for d in found:
        sides = [
            {
                "says": s.says,
                "claim": s.claim,
                "hedged": s.hedged,
                "evidence": [_evidence_json(e) for e in s.evidence],
            }
            for s in d.sides
        ]
        conn.execute(
            conflicts.insert().values(
                id=d.id,
                kind=d.kind,
                subject=d.subject,
                predicate=d.predicate,
                claims=json.dumps(list(d.claims)),
                summary=d.summary,
                sides=json.dumps(sides, ensure_ascii=False),
            )
        )


def replace_facts(
    conn: Connection,
    found_claims: Sequence[Claim],
    found_events: Sequence[Event],
    found_conflicts: Sequence[Disagreement] = (),
) -> None:
    for table in (evidence, event_participants, events, claims, conflicts):
        conn.execute(delete(table))
    _store_conflicts(conn, found_conflicts)
    rows = []
    for c in found_claims:
        conn.execute(
            claims.insert().values(
                id=c.id,
                subject=c.subject,
                predicate=c.predicate,
                object=c.object,
                value=None if c.value is None else json.dumps(c.value),
                unit=c.unit,
                polarity=c.polarity,
                qualifiers=json.dumps(c.qualifiers, sort_keys=True),
            )
        )
        rows += _evidence_rows(c.evidence, c.id, None)
    for e in found_events:
        conn.execute(
            events.insert().values(
                id=e.id,
                type=e.type,
                label=e.label,
                date=e.date,
                location=e.location,
                killed=e.killed,
                injured=e.injured,
            )
        )
        if e.participants:
            conn.execute(
                event_participants.insert(),
                [{"event_id": e.id, "entity_id": p.entity, "role": p.role} for p in e.participants],
            )
        rows += _evidence_rows(e.evidence, None, e.id)
    if rows:
        conn.execute(evidence.insert(), rows)
