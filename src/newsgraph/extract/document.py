"""The per-document step: everything one article states, pure and cacheable by content."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsgraph.extract.claims import extract_claims
from newsgraph.extract.context import DocContext
from newsgraph.extract.events import extract_events
from newsgraph.extract.mentions import extract_mentions
from newsgraph.extract.rawclaims import RawClaim
from newsgraph.extract.rawevents import RawEvent
from newsgraph.model import Document, Mention
from newsgraph.nlp.pipeline import Piece


@dataclass(frozen=True, slots=True)
class Extraction:
    mentions: list[Mention]
    claims: list[RawClaim]
    events: list[RawEvent]


def extract_document(doc: Document, pieces: Sequence[Piece]) -> Extraction:
    """Mentions, claims and events of one article (claims and events between its mentions)."""
    mentions = extract_mentions(doc.id, doc.text, pieces, [doc.author] if doc.author else [])
    ctx = DocContext(doc.id, doc.text, mentions, pieces, published=doc.published)
    return Extraction(mentions, extract_claims(ctx), extract_events(ctx))
