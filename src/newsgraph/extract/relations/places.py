"""Where a body is based: "based in L", "L-based O", "maintains a safe haven in L"."""

from __future__ import annotations

from collections.abc import Iterator

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

IN = frozenset({"in", "inside", "within"})
# A body "maintains a safe haven in L"; "the attack on the base in L" says nothing of a body.
HAVING_VERBS = frozenset(
    {
        "maintain",
        "have",
        "establish",
        "keep",
        "set",
        "use",
        "operate",
        "run",
        "enjoy",
        "build",
        "move",
    }
)


def _holders(token: Token, view: SentenceView) -> list[Mention]:
    if token.pos_ == "NOUN":
        possessors = [c for c in token.children if c.dep_ == "poss"]
        having = token.dep_ == "dobj" and lemma(token.head) in HAVING_VERBS
        heads = possessors or (clause_subjects(token) if having else [])
    elif token.dep_ in ("amod", "acl"):
        heads = [token.head]
    else:
        heads = described(token) or [c for c in token.children if c.dep_ == "nsubjpass"]
    return [m for t in heads for m in view.names(t)]


def _places(token: Token, view: SentenceView) -> list[Mention]:
    found = [m for obj in objects_of(token, IN) for m in view.names(obj)]
    if not found:  # "Berlin-based": the place is a modifier of "based"
        found = [
            m
            for c in token.children
            if c.dep_ in ("npadvmod", "compound", "nmod")
            for m in view.names(c)
        ]
    return [m for m in found if m.type == "location"]


def place_relations(view: SentenceView) -> Iterator[Found]:
    words = relation_words().based_words
    for token in view.span:
        if lemma(token) not in words and token.lower_ not in words:
            continue
        for place in _places(token, view):
            for holder in _holders(token, view):
                yield Found(holder, "based_in", place, token)
