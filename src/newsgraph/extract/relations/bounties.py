"""Bounties: "with a $5m bounty on his head", "offering $10 million for his arrest",
"a reward of $5 million for information on A"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsgraph.extract.relations.common import (
    Found,
    SentenceView,
    clause_subjects,
    lemma,
    objects_of,
)
from newsgraph.model import Mention
from newsgraph.text.amounts import parse_money
from newsgraph.text.relwords import relation_words

MONEY = re.compile(r"(?:US)?[$€£]\s?\d[\d,.]*\s?(?:m|mn|bn|k|million|billion)?\b", re.I)
TARGET_NOUNS = frozenset(
    {"head", "arrest", "capture", "information", "whereabouts", "killing", "location"}
)
OFFER_VERBS = frozenset({"offer", "announce", "place", "put", "set", "issue", "post"})


def _cue(sentence: Span) -> Token | None:
    words = relation_words().bounty_words
    for token in sentence:
        if token.lower_ in words or lemma(token) in words:
            return token
    for token in sentence:
        if lemma(token) == "offer" and any(lemma(t) in TARGET_NOUNS for t in token.subtree):
            return token
    return None


def _holders(found: list[Mention]) -> list[Mention]:
    """Who a bounty can be on: people and bodies."""
    return [m for m in found if m.type in ("person", "organization")]


def _targets(cue: Token, view: SentenceView) -> list[Mention]:
    """Who the bounty is on: "on his head", "for his arrest", the person the phrase describes,
    or the subject ("Both are wanted, with bounties of $5 million each": both)."""
    for token in view.span:
        if lemma(token) in TARGET_NOUNS:
            owners = [c for c in token.children if c.dep_ == "poss"]
            owners += [o for o in objects_of(token, frozenset({"on", "of"}))]
            if found := _holders([m for t in owners for m in view.names(t)]):
                return found
    if found := _holders(
        [m for o in objects_of(cue, frozenset({"on", "for"})) for m in view.names(o)]
    ):
        return found
    for head in (cue, *cue.ancestors):
        if (m := view.ctx.mention_of(head, view.offset)) and m.type == "person":
            return [m]
        if head.dep_ == "appos" and (found := _holders(view.names(head.head))):
            return found
    return _holders([m for t in clause_subjects(cue) for m in view.names(t)])


def _issuer(sentence: Span, view: SentenceView) -> Mention | None:
    for token in sentence:
        if lemma(token) in OFFER_VERBS:
            for subject in clause_subjects(token):
                found = [m for m in view.names(subject) if m.type in ("organization", "location")]
                if found:
                    return found[0]
    return None


def _amounts(sentence: Span) -> list[str]:
    """Sums of money in the sentence: the model's MONEY names, else "$5m" written tightly."""
    found = [e.text for e in sentence.ents if e.label_ == "MONEY"]
    return found + [m.group() for m in MONEY.finditer(sentence.text)]


def bounty_relations(view: SentenceView) -> Iterator[Found]:
    cue = _cue(view.span)
    if cue is None:
        return
    seen: set[float] = set()
    for money in _amounts(view.span):
        parsed = parse_money(money)
        if parsed is None or parsed[0] in seen:
            continue
        seen.add(parsed[0])
        amount, currency = parsed
        issuer = _issuer(view.span, view)
        qualifiers = {"issuer": issuer.id} if issuer else {}
        for target in _targets(cue, view):
            yield Found(
                target, "bounty", None, cue, value=amount, unit=currency, qualifiers=qualifiers
            )
