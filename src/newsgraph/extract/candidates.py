"""Name mentions found by the model in one annotated piece of text, trimmed and typed."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsgraph.extract.spans import trim_span
from newsgraph.extract.typing import entity_type
from newsgraph.model import EntityType

NOMINAL = {"NOUN", "PROPN"}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A typed name in a document, before short forms are linked to full names.

    ``modifies`` is the lower-case noun the name qualifies when it is used as a
    modifier ("the Smith family" gives "family"), else None.
    """

    start: int
    end: int
    text: str
    type: EntityType
    label: str
    sentence_start: int
    sentence_end: int
    modifies: str | None


def modified_noun(span: Span) -> str | None:
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod") and root.head.i >= span.end:
        head = root.head
        if head.pos_ in NOMINAL and head.text.islower():
            return str(head.lower_)
    return None


def _extend_of(span: Span) -> Span:
    """An organization name cut before its "of" part: "Ministry" + "of (the) Interior"."""
    doc = span.doc
    end = span.end
    if span.label_ != "ORG" or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return span
    i = end + 1
    if doc[i].lower_ == "the":
        i += 1
    stop = i
    while stop < len(doc) and doc[stop].pos_ == "PROPN" and doc[stop].is_title:
        stop += 1
    return Span(doc, span.start, stop, label=span.label_) if stop > i else span


def candidates(doc: Doc, offset: int, source: str) -> list[Candidate]:
    """Typed, trimmed name mentions in ``doc``; offsets shifted by ``offset`` into ``source``."""
    found: list[Candidate] = []
    covered = -1
    for ent in map(_extend_of, doc.ents):
        if ent.start < covered:
            continue  # inside a name extended over its "of" part
        covered = ent.end
        bounds = trim_span(source, offset + ent.start_char, offset + ent.end_char)
        if bounds is None:
            continue
        start, end = bounds
        text = source[start:end]
        kind = entity_type(text, ent.label_)
        if kind is None:
            continue
        sent = ent.sent
        found.append(
            Candidate(
                start=start,
                end=end,
                text=text,
                type=kind,
                label=ent.label_,
                sentence_start=offset + sent.start_char,
                sentence_end=offset + sent.end_char,
                modifies=modified_noun(ent),
            )
        )
    return found
