"""What every relation finder shares: the result type and walks over the parse."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsgraph.extract.context import DocContext
from newsgraph.model import Mention

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
GROUP_WORDS = frozenset({"both", "their", "they", "them"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
QUANTIFIERS = frozenset(
    {"one", "some", "several", "two", "three", "four", "five", "many", "most", "among"}
)


@dataclass(frozen=True)
class Found:
    """One relation in one sentence, between mentions (or a mention and a value)."""

    subject: Mention
    predicate: str
    object: Mention | None
    trigger: Token
    value: float | None = None
    unit: str | None = None
    qualifiers: dict[str, str] = field(default_factory=dict)
    negated: bool = False


@dataclass(frozen=True)
class SentenceView:
    """A sentence with the article context needed to name its tokens."""

    span: Span
    ctx: DocContext
    offset: int

    def names(self, token: Token) -> list[Mention]:
        """The mentions a noun phrase and its conjuncts name ("X and Y" gives both)."""
        if token.lower_ in GROUP_WORDS:
            return self.ctx.group_refers_to(token, self.offset)
        found = []
        for t in (token, *token.conjuncts):
            listed = [c for a in t.children if a.dep_ == "appos" for c in a.conjuncts]
            for m in (self.name(t), *(self.name(c) for c in listed)):  # "members — A and B"
                if m is not None and m not in found:
                    found.append(m)
        return found

    def name(self, token: Token) -> Mention | None:
        """The mention a noun phrase names: itself, what it refers to, or its apposition."""
        found = self.ctx.endpoint(token, self.offset)
        if found is None and token.dep_ == "appos":  # "O, a militant group founded by ..."
            found = self.ctx.mention_of(token.head, self.offset)
        if found is None and token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            antecedent = token.head.head
            if antecedent.dep_ == "attr":  # "X is the group that ...": X
                copula = antecedent.head
                subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
                named = (self.ctx.endpoint(c, self.offset) for c in subjects)
                found = next((m for m in named if m is not None), None)
            found = found or self.ctx.endpoint(antecedent, self.offset)
        if found is None:
            for child in token.children:
                if child.dep_ == "appos" and (found := self.ctx.mention_of(child, self.offset)):
                    break
        return found


def described(token: Token) -> list[Token]:
    """The noun phrases a descriptive noun is said of ("X, son of Y": son describes X)."""
    if token.dep_ == "appos":
        return [token.head]
    if token.dep_ in ("attr", "acomp", "oprd") and token.head.pos_ in ("AUX", "VERB"):
        return [c for c in token.head.children if c.dep_ in SUBJECTS]
    if token.dep_ == "conj" and token.head.pos_ != "PROPN":
        return described(token.head)
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in QUANTIFIERS:
        return described(token.head.head)
    if token.dep_ == "compound" and token.head.pos_ == "PROPN":
        return [token.head]
    return [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]


def clause_subjects(token: Token) -> list[Token]:
    """The subject of the nearest clause above ``token`` (its own, if it is a verb)."""
    for head in (token, *token.ancestors):
        if head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in head.children if c.dep_ in SUBJECTS]
            if subjects:
                return subjects
            if head.dep_ in ("relcl", "acl") and head.head.pos_ in ("NOUN", "PROPN"):
                return [head.head]
    return []


def objects_of(token: Token, preps: frozenset[str]) -> Iterator[Token]:
    """The objects of the prepositions ``preps`` attached to ``token``."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield obj


def lemma(token: Token) -> str:
    return str(token.lemma_).lower()
