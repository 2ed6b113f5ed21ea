"""Verbs of leading, founding and joining: "A leads O", "O, led by A", "founded by A"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from newsgraph.extract.relations.common import SUBJECTS, Found, SentenceView, lemma, objects_of
from newsgraph.text.relwords import relation_words

BY = frozenset({"by"})
ACTIVITY_NOUNS = frozenset({"activity", "operation", "affair", "work", "business", "day-to-day"})


def _agents(verb: Token) -> list[Token]:
    return [
        o
        for agent in verb.children
        if agent.dep_ == "agent"
        for o in agent.children
        if o.dep_ == "pobj"
    ]


def _undergoers(verb: Token) -> list[Token]:
    """What a passive verb is said of: its subject, the noun it modifies, the main subject."""
    passive_subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive_subjects:
        return passive_subjects
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
        return [_adjacent_name(verb)]
    if verb.dep_ == "advcl":
        return [c for c in verb.head.children if c.dep_ in SUBJECTS]
    return []


def _adjacent_name(verb: Token) -> Token:
    """The noun a participle modifies; in "fighters of O led by A" the parser often
    attaches "led" to "fighters" when the name right before it is meant."""
    head = verb.head
    if head.pos_ == "NOUN":
        for obj in objects_of(head, frozenset({"of"})):
            if obj.pos_ == "PROPN" and obj.right_edge.i == verb.i - 1:
                return obj
    return head


def verb_arguments(verb: Token) -> tuple[list[Token], list[Token]]:
    """(doers, things done to) of a verb, active or passive."""
    agents = _agents(verb) or list(objects_of(verb, BY))
    if agents or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "advcl")):
        return agents, _undergoers(verb)
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not doers and verb.dep_ == "relcl":
        doers = [verb.head]
    return doers, [_through_activity(c) for c in verb.children if c.dep_ == "dobj"]


def _through_activity(obj: Token) -> Token:
    """ "leads the day-to-day activities of O": the body, not its activities."""
    if lemma(obj) in ACTIVITY_NOUNS:
        for inner in objects_of(obj, frozenset({"of"})):
            return inner
    return obj


def verb_relations(view: SentenceView) -> Iterator[Found]:
    verbs = relation_words().verbs
    for token in view.span:
        if token.pos_ != "VERB" or (predicate := verbs.get(lemma(token))) is None:
            continue
        doers, done_to = verb_arguments(token)
        for doer in doers:
            for subject in view.names(doer):
                for obj in (m for t in done_to for m in view.names(t)):
                    yield Found(subject, predicate, obj, token)
