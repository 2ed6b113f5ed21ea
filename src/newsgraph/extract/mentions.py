"""All name mentions of one article: the per-document step of entity extraction."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.extract.candidates import candidates
from newsgraph.extract.shortnames import link_short_names
from newsgraph.model import Mention
from newsgraph.nlp.pipeline import Piece


def extract_mentions(document: str, text: str, pieces: Sequence[Piece]) -> list[Mention]:
    """Mentions of people, organizations and places in ``text``, short forms linked."""
    found = [c for piece in pieces for c in candidates(piece.doc, piece.offset, text)]
    return link_short_names(document, found, text)
