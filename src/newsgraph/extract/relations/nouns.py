"""Relational nouns: "X, son of Y", "X is the nephew of Y", "Y's son X", "O spokesman X"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from newsgraph.extract.relations.common import (
    SUBJECTS,
    Found,
    SentenceView,
    described,
    lemma,
    objects_of,
)
from newsgraph.model import Mention
from newsgraph.text.relwords import RelationalNoun, relation_words

OF = frozenset({"of"})
MEMBERSHIP_PREPS = frozenset({"of", "in", "within", "for", "inside"})
TIME_WORDS = {
    "current": "current",
    "former": "former",
    "late": "former",
    "then": "former",
    "ex": "former",
}


def _commands(token: Token) -> list[Token]:
    """The "command" of "second in command (of O)"; the parser may hang "in" on the verb."""
    holders = [token, token.head] if token.dep_ == "acomp" else [token]
    return [o for h in holders for o in objects_of(h, frozenset({"in"})) if o.lower_ == "command"]


def _noun(token: Token) -> RelationalNoun | None:
    words = relation_words()
    found = words.nouns.get(token.lower_) or words.nouns.get(lemma(token))
    if found is None and token.lower_ == "second" and _commands(token):
        return RelationalNoun("deputy_leader_of")
    return found


def _modifiers(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "nmod", "advmod")}


def _predicate(token: Token, noun: RelationalNoun) -> str:
    words = relation_words()
    mods = _modifiers(token)
    if noun.predicate == "leader_of":
        if mods & words.deputy_modifiers:
            return "deputy_leader_of"
        if mods & words.junior_modifiers:
            return "member_of"
    return noun.predicate


def _related(token: Token, noun: RelationalNoun, view: SentenceView) -> list[Mention]:
    """What the noun relates its holder to: "of Y", "Y's", "his", "the O spokesman"."""
    if token.lower_ == "second":
        return [m for c in _commands(token) for o in objects_of(c, OF) for m in view.names(o)]
    preps = (
        OF
        if noun.predicate not in ("member_of", "part_of", "spokesperson_of")
        else MEMBERSHIP_PREPS
    )
    found = [m for obj in objects_of(token, preps) for m in view.names(obj)]
    if found or noun.needs_of:
        return found
    for child in token.children:
        if child.dep_ == "poss" or (
            child.dep_ == "compound" and child.pos_ == "PROPN" and not _names_holder(noun)
        ):
            found.extend(view.names(child))
    return found


def _names_holder(noun: RelationalNoun) -> bool:
    """Whether a name before the noun names its holder ("the Sahel affiliate") rather than
    its object ("the Red Tide spokesman")."""
    return noun.predicate == "part_of"


def _holders(token: Token, noun: RelationalNoun, view: SentenceView) -> list[Mention]:
    heads = described(token)
    if _names_holder(noun):
        heads += [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    # "A and B are sons of C" describes both; an apposition describes the one name it follows.
    return [
        m for t in heads for m in (view.names(t) if t.dep_ in SUBJECTS else [view.name(t)]) if m
    ]


def _qualifiers(token: Token) -> dict[str, str]:
    """ "current head", "former leader", "is currently second in command"."""
    mods = _modifiers(token)
    for word, value in TIME_WORDS.items():
        if word in mods:
            return {"time": value}
    if any(c.lower_ == "currently" for c in token.head.children):
        return {"time": "current"}
    return {}


def noun_relations(view: SentenceView) -> Iterator[Found]:
    for token in view.span:
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") or (noun := _noun(token)) is None:
            continue
        holders = _holders(token, noun, view)
        if not holders:
            continue
        predicate = _predicate(token, noun)
        qualifiers = _qualifiers(token)
        for other in _related(token, noun, view):
            for holder in holders:
                subject, obj = (other, holder) if noun.inverse else (holder, other)
                yield Found(subject, predicate, obj, token, qualifiers=qualifiers)
