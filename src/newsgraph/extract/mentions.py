"""All name mentions of one article: the per-document step of entity extraction."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsgraph.extract.candidates import Candidate, candidates
from newsgraph.extract.propagate import propagate_names
from newsgraph.extract.shortnames import link_short_names, name_tokens
from newsgraph.model import Mention
from newsgraph.nlp.pipeline import Piece

_NAME_LIST = re.compile(r"\s*(?:,|;|&|\band\b)\s*")


def _as_people(found: list[Candidate], people: Sequence[str]) -> list[Candidate]:
    """Names the article's metadata gives as people (its authors) are people in its text too."""
    keys = {name_tokens(p) for group in people for p in _NAME_LIST.split(group) if p.strip()}
    keys = {k for k in keys if len(k) >= 2}
    return [replace(c, type="person") if name_tokens(c.text) in keys else c for c in found]


def extract_mentions(
    document: str, text: str, pieces: Sequence[Piece], people: Sequence[str] = ()
) -> list[Mention]:
    """Mentions of people, organizations and places in ``text``, short forms linked.

    ``people`` are names known to be people from the article's metadata (its author).
    """
    found = [c for piece in pieces for c in candidates(piece.doc, piece.offset, text)]
    found = propagate_names(text, pieces, found)
    return link_short_names(document, _as_people(found, people), text)
