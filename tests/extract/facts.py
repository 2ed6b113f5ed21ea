"""Run the per-document extraction on a text and name its claims and events by mention names."""

from __future__ import annotations

from dataclasses import dataclass

from newsgraph.extract.document import extract_document
from newsgraph.model import Document
from newsgraph.nlp.pipeline import annotate
from newsgraph.resolve.events import resolve_events


@dataclass(frozen=True)
class NamedClaim:
    subject: str
    predicate: str
    object: str | float | None
    polarity: str
    hedged: bool
    speaker: str | None
    qualifiers: dict[str, str]


@dataclass(frozen=True)
class NamedEvent:
    type: str
    date: str | None
    location: str | None
    killed: int | None
    injured: int | None
    participants: tuple[tuple[str, str], ...]


def extract(text: str, published: str | None = None) -> tuple[list[NamedClaim], list[NamedEvent]]:
    doc = Document(id="doc", path="doc.txt", text=text, published=published)
    (pieces,) = list(annotate([text]))
    found = extract_document(doc, pieces)
    names = {m.id: m.name or f"?{m.text}" for m in found.mentions}
    claims = [
        NamedClaim(
            names[c.subject],
            c.predicate,
            names[c.object] if c.object else c.value,
            c.polarity,
            c.hedged,
            names.get(c.speaker or ""),
            {k: names.get(v, v) for k, v in c.qualifiers},
        )
        for c in found.claims
    ]
    # The article's reports of one event, joined as the resolver joins them (names as ids).
    resolved = resolve_events(found.events, names)
    events = [
        NamedEvent(
            e.type,
            e.date,
            e.location,
            e.killed,
            e.injured,
            tuple((p.entity, p.role) for p in e.participants),
        )
        for e in resolved.events
    ]
    return claims, events


def triples(claims: list[NamedClaim]) -> set[tuple[str, str, object, str]]:
    return {(c.subject, c.predicate, c.object, c.polarity) for c in claims}
