"""Death and injury counts around an event: "killed 96 people", "13 were wounded"."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsgraph.extract.relations.common import lemma
from newsgraph.text.amounts import Quantity, parse_count

COUNT_DEPS = ("nummod", "quantmod")


def _count_of(noun: Token) -> Quantity | None:
    """The count a noun phrase gives: "96 people", "nearly 6,000 fighters", "Thirteen troops"."""
    if noun.like_num:
        return parse_count(" ".join(t.text for t in noun.subtree))
    for child in noun.children:
        if child.dep_ in COUNT_DEPS or (child.like_num and child.dep_ in ("amod", "compound")):
            return parse_count(" ".join(t.text for t in child.subtree))
        if child.lower_ in ("dozens", "scores", "hundreds", "thousands"):
            return parse_count(child.text)
    return None


def _near(word: Token) -> list[Token]:
    """Nouns whose count the word reports: its objects, passive subject, "of" objects, its head."""
    found = [c for c in word.children if c.dep_ in ("dobj", "nsubjpass", "nsubj", "attr")]
    found += [o for p in word.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    if word.dep_ in ("amod", "acl", "relcl") or word.pos_ == "ADJ":
        found.append(word.head)
    if word.like_num or any(c.like_num for c in word.children):
        found.append(word)
    return found


APPROXIMATION = 0.15  # "nearly 100" is read as 85 to 115


def count_near(tokens: Iterable[Token], words: frozenset[str]) -> tuple[int, int] | None:
    """The range of the count tied to one of ``words`` among ``tokens`` ("96" is 96 to 96,
    "dozens" 24 to 99, "nearly 100" 85 to 115)."""
    for token in tokens:
        if token.lower_ not in words and lemma(token) not in words:
            continue
        for noun in _near(token):
            quantity = _count_of(noun)
            if quantity is not None and quantity.value >= 1:
                if quantity.approximate and quantity.low == quantity.high:
                    spread = quantity.low * APPROXIMATION
                    return int(quantity.low - spread), int(quantity.high + spread)
                return int(quantity.low), int(quantity.high)
    return None
