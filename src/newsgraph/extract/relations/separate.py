"""Denied identity: "O1 and O2 are separate entities" denies that one is part of the other."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import permutations

from newsgraph.extract.relations.common import SUBJECTS, Found, SentenceView
from newsgraph.text.relwords import relation_words

BODY_WORDS = frozenset(
    {
        "entity",
        "entities",
        "group",
        "groups",
        "organization",
        "organizations",
        "organisation",
        "organisations",
        "movement",
        "movements",
        "body",
        "bodies",
    }
)


def separate_relations(view: SentenceView) -> Iterator[Found]:
    separate = relation_words().separate_words
    for token in view.span:
        if token.lower_ not in BODY_WORDS or token.dep_ != "attr":
            continue
        if not any(c.dep_ == "amod" and c.lower_ in separate for c in token.children):
            continue
        subjects = [c for c in token.head.children if c.dep_ in SUBJECTS]
        named = [m for s in subjects for m in view.names(s)]
        for first, second in permutations(named, 2):
            yield Found(first, "part_of", second, token, negated=True)
