"""Presence of a body in a place, and its absence: "the group was gaining strength in L",
"operates in L", and against it "with X gone" (a place named in the same sentence)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from newsgraph.extract.relations.common import (
    SUBJECTS,
    Found,
    SentenceView,
    clause_subjects,
    lemma,
    objects_of,
)
from newsgraph.model import Mention
from newsgraph.text.relwords import relation_words

IN = frozenset({"in", "inside", "across", "throughout"})


def _bodies(token: Token, view: SentenceView) -> list[Mention]:
    subjects = [c for c in token.children if c.dep_ in SUBJECTS] or clause_subjects(token)
    return [m for t in subjects for m in view.names(t) if m.type == "organization"]


def _places_in(token: Token, view: SentenceView) -> list[Mention]:
    heads = [token, *(c for c in token.children if c.dep_ in ("dobj", "advmod"))]
    return [
        m for h in heads for o in objects_of(h, IN) for m in view.names(o) if m.type == "location"
    ]


def _sentence_places(view: SentenceView) -> list[Mention]:
    found = [view.ctx.mention_of(t, view.offset) for t in view.span]
    return list(dict.fromkeys(m for m in found if m is not None and m.type == "location"))


def presence_relations(view: SentenceView) -> Iterator[Found]:
    words = relation_words()
    for token in view.span:
        word = lemma(token)
        if word in words.presence_words or token.lower_ in words.presence_words:
            for body in _bodies(token, view):
                for place in _places_in(token, view):
                    yield Found(body, "present_in", place, token)
        elif token.lower_ in words.absence_words:
            places = _sentence_places(view)
            if len(places) == 1:  # "what interest do we have in L, with X gone?"
                for body in _bodies(token, view):
                    yield Found(body, "present_in", places[0], token, negated=True)
