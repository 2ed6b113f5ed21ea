"""Ties between bodies: "close ties with O", "allied with O", "formed a joint unit with O",
"has long clashed with O", "cooperation between O1 and O2"."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from spacy.tokens import Token

from newsgraph.extract.relations.common import (
    Found,
    SentenceView,
    clause_subjects,
    described,
    lemma,
    objects_of,
)
from newsgraph.model import Mention
from newsgraph.text.relwords import relation_words

PARTNER_PREPS = frozenset({"with", "to", "against"})
BETWEEN = frozenset({"between", "among"})


def _predicate(token: Token) -> str | None:
    words = relation_words()
    if token.pos_ == "VERB":
        return words.tie_verbs.get(lemma(token))
    if token.pos_ in ("NOUN", "ADJ"):
        return words.tie_words.get(token.lower_) or words.tie_words.get(lemma(token))
    return None


def _holders(token: Token, view: SentenceView) -> list[Mention]:
    if token.pos_ == "ADJ":
        if token.dep_ == "amod":
            return view.names(token.head)
        heads = described(token)
    else:
        heads = [c for c in token.children if c.dep_ == "poss"] or clause_subjects(token)
    return [m for t in heads for m in view.names(t)]


def tie_relations(view: SentenceView) -> Iterator[Found]:
    for token in view.span:
        predicate = _predicate(token)
        if predicate is None:
            continue
        among = [m for obj in objects_of(token, BETWEEN) for m in view.names(obj)]
        for first, second in combinations(among, 2):
            yield Found(first, predicate, second, token)
        partners = [m for obj in objects_of(token, PARTNER_PREPS) for m in view.names(obj)]
        if token.pos_ in ("ADJ", "VERB") and token.dep_ == "amod":  # "the O1-affiliated O2"
            partners += [
                m
                for c in token.children
                if c.dep_ in ("npadvmod", "compound")
                for m in view.names(c)
            ]
        if not partners:
            continue
        for holder in _holders(token, view):
            for partner in partners:
                yield Found(holder, predicate, partner, token)
