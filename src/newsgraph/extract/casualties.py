"""Death and injury counts around an event: "killed 96 people", "13 were wounded"."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsgraph.extract.relations.common import lemma
from newsgraph.text.amounts import Quantity, parse_count

COUNT_DEPS = ("nummod", "quantmod")
GROUP_COUNTS = frozenset({"dozens", "scores", "hundreds", "thousands"})


def _count_of(noun: Token) -> Quantity | None:
    """The count a noun phrase gives: "96 people", "nearly 6,000 fighters", "Thirteen troops"."""
    if noun.like_num:
        return parse_count(" ".join(t.text for t in noun.subtree))
    for child in noun.children:
        if child.dep_ in COUNT_DEPS or (child.like_num and child.dep_ in ("amod", "compound")):
            return parse_count(" ".join(t.text for t in child.subtree))
        if child.lower_ in GROUP_COUNTS:
            return parse_count(child.text)
    return parse_count(noun.text) if noun.lower_ in GROUP_COUNTS else None


def _near(word: Token) -> list[Token]:
    """Nouns whose count the word reports: its objects, passive subject, "of" objects, its head."""
    found = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr")]
    found += [o for p in word.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if word.dep_ in ("amod", "acl", "relcl") or word.pos_ == "ADJ":
        found.append(word.head)
    if word.like_num or any(c.like_num for c in word.children):
        found.append(word)
    return found


def _groups(word: Token) -> list[list[Token]]:
    """The noun phrases whose counts add up, nearest first: each noun with its conjuncts
    ("13 troops and dozens of civilians were killed"), and "left 60 X and 13 Y dead" as one."""
    groups = [[noun, *noun.conjuncts] for noun in _near(word)]
    if word.pos_ == "ADJ" and lemma(word.head) == "leave":
        left = [c for c in word.head.children if c.dep_ == "dobj"]
        subjects = [c for c in word.children if c.dep_ == "nsubj"]
        groups.insert(0, [t for n in left + subjects for t in (n, *n.conjuncts)])
    return groups


def _total(nouns: list[Token]) -> tuple[int, int, bool] | None:
    counts = [q for n in dict.fromkeys(nouns) if (q := _count_of(n)) is not None and q.value >= 1]
    if not counts:
        return None
    low = sum(int(q.low) for q in counts)
    high = sum(int(q.high) for q in counts)
    return low, high, any(q.approximate for q in counts)


APPROXIMATION = 0.15  # "nearly 100" is read as 85 to 115


def count_near(tokens: Iterable[Token], words: frozenset[str]) -> tuple[int, int] | None:
    """The range of the count tied to one of ``words`` among ``tokens`` ("96" is 96 to 96,
    "dozens" 24 to 99, "nearly 100" 85 to 115, "13 troops and dozens of civilians" 37 to 112)."""
    for token in tokens:
        if token.lower_ not in words and lemma(token) not in words:
            continue
        for group in _groups(token):
            total = _total(group)
            if total is None:
                continue
            low, high, approximate = total
            if approximate and low == high:
                spread = low * APPROXIMATION
                return int(low - spread), int(high + spread)
            return low, high
    return None
