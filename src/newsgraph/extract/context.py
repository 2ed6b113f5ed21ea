"""One article as the relation and event extractors see it: tokens, mentions, sentences.

The extractors walk spaCy tokens; this maps a token to the mention it is part of, and
a pronoun or a definite description ("the group") to the mention it refers to.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from newsgraph.model import EntityType, Mention
from newsgraph.nlp.pipeline import Piece
from newsgraph.text.wordlists import wordlists

PERSON_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
BODY_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
WINDOW_SENTENCES = 2


NAMING_VERBS = frozenset({"know", "call", "name", "dub"})


def _known_as(token: Token) -> list[Token]:
    """ "a group known as O", "the group called O": the name the noun is given."""
    found: list[Token] = []
    for verb in token.children:
        if verb.dep_ == "acl" and verb.lemma_.lower() in NAMING_VERBS:
            for child in verb.children:
                if child.dep_ in ("oprd", "attr", "dobj"):
                    found.append(child)
                elif child.dep_ == "prep" and child.lower_ == "as":
                    found += [o for o in child.children if o.dep_ == "pobj"]
    return found


@dataclass
class Sentence:
    start: int
    end: int
    span: Span
    offset: int


@dataclass
class DocContext:
    """An article's text, publication date, mentions and annotated sentences."""

    document: str
    text: str
    mentions: Sequence[Mention]
    pieces: Sequence[Piece]
    published: str | None = None
    sentences: list[Sentence] = field(init=False)
    _starts: list[int] = field(init=False)
    _sentence_starts: list[int] = field(init=False)
    _subjects: set[str] = field(init=False)
    _called: dict[str, set[str]] = field(init=False)

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self.mentions]
        self.sentences = [
            Sentence(p.offset + s.start_char, p.offset + s.end_char, s, p.offset)
            for p in self.pieces
            for s in p.doc.sents
            if s.text.strip()
        ]
        self._sentence_starts = [s.start for s in self.sentences]
        self._subjects = set()
        self._called = {}
        for sentence in self.sentences:
            for token in sentence.span:
                if token.dep_ in SUBJECT_DEPS and (m := self.mention_of(token, sentence.offset)):
                    self._subjects.add(m.id)
                self._learn_description(token, sentence.offset)

    def _learn_description(self, token: Token, offset: int) -> None:
        """Remember what the article calls a body: "O, a militant group" lets "the group" be O."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in wordlists().body_nouns:
            return
        if token.dep_ == "appos":
            described = [token.head]
        elif token.dep_ == "attr":
            described = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS]
        else:
            described = [c for c in token.children if c.dep_ == "appos"]
            described += _known_as(token)
        for head in described:
            m = self.mention_of(head, offset)
            if m is not None and m.type == "organization" and m.name:
                self._called.setdefault(m.name, set()).add(token.lemma_.lower())

    def mention_of(self, token: Token, offset: int) -> Mention | None:
        """The named mention the token is part of."""
        char = offset + token.idx
        index = bisect.bisect_right(self._starts, char) - 1
        if index >= 0:
            m = self.mentions[index]
            if m.start <= char < m.end:
                return m
        return None

    def sentence_index(self, char: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, char) - 1)

    def _window(self, char: int) -> Iterator[Mention]:
        """Named mentions before ``char`` in its sentence and the two before, latest first."""
        first = self.sentences[max(0, self.sentence_index(char) - WINDOW_SENTENCES)].start
        lo = bisect.bisect_left(self._starts, first)
        hi = bisect.bisect_left(self._starts, char)
        for m in reversed(self.mentions[lo:hi]):
            if m.name is not None and m.end <= char:
                yield m

    def _pick(self, found: list[Mention]) -> Mention | None:
        """The one entity the window allows: a single name, else the latest subject, else
        the one name the window repeats most; otherwise none."""
        if len({m.name for m in found}) == 1:
            return found[0]
        subjects = [m for m in found if m.id in self._subjects]
        if subjects:
            return subjects[0]
        counts = Counter(m.name for m in found).most_common(2)
        if counts and counts[0][1] >= 2 and (len(counts) == 1 or counts[1][1] < counts[0][1]):
            return next(m for m in found if m.name == counts[0][0])
        return None

    def _same_sentence(self, char: int, kind: EntityType) -> Mention | None:
        """The one name of this type earlier in the pronoun's own sentence, if there is one."""
        start = self.sentences[self.sentence_index(char)].start if self.sentences else 0
        found = [m for m in self._window(char) if m.type == kind and m.start >= start]
        return found[0] if found and len({m.name for m in found}) == 1 else None

    def _of_type(self, char: int, kind: EntityType) -> list[Mention]:
        return [m for m in self._window(char) if m.type == kind]

    def group_refers_to(self, token: Token, offset: int) -> list[Mention]:
        """The two names "both" (and "their" in a sentence with "both" or "each") stand for:
        exactly two people, or two bodies, named in this sentence or the one before."""
        sentence = token.sent
        if token.lower_ != "both" and not any(t.lower_ in ("both", "each") for t in sentence):
            return []
        char = offset + token.idx
        first = self.sentences[max(0, self.sentence_index(char) - 1)].start
        for kind in ("person", "organization"):
            found: dict[str, Mention] = {}
            for m in self.mentions:
                if first <= m.start < char and m.type == kind and m.name:
                    found.setdefault(m.name, m)
            if len(found) == 2:
                return list(found.values())
        return []

    def _words_for(self, name: str) -> set[str]:
        """The words that can stand for a body: those of its name and what the article calls it."""
        return set(name.lower().split()) | self._called.get(name, set())

    def refers_to(self, token: Token, offset: int) -> Mention | None:
        """The mention a pronoun or a definite description stands for, if the text is clear."""
        char = offset + token.idx
        lower = token.lower_
        if lower in PERSON_PRONOUNS:
            return self._same_sentence(char, "person") or self._pick(self._of_type(char, "person"))
        if lower in BODY_PRONOUNS:
            return self._pick(self._of_type(char, "organization"))
        if token.pos_ == "NOUN" and token.lemma_.lower() in wordlists().body_nouns:
            return self._description(token, offset)
        return None

    def _description(self, token: Token, offset: int) -> Mention | None:
        """A body named by description: "the group of X", "the Roe network", "the network".

        Only a description the article makes unambiguous is resolved: one whose modifier
        or head word is part of exactly one name of a body named before it.
        """
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    found = self.mention_of(obj, offset)
                    if obj.dep_ == "pobj" and found and found.type == "organization" and found.name:
                        return found
        if not _is_definite(token) and not any(c.dep_ == "compound" for c in token.children):
            return None
        char = offset + token.idx
        before = self.mentions[: bisect.bisect_left(self._starts, char)]
        bodies = [m for m in before if m.end <= char and m.type == "organization" and m.name]
        cues = {
            c.lower_
            for c in token.lefts
            if c.is_alpha and c.dep_ not in ("det", "poss") and (c.is_title or c.pos_ == "PROPN")
        }
        if cues:  # "the Harbor group": every capitalised modifier must be part of the name
            named = {m.name: m for m in bodies if m.name and cues <= self._words_for(m.name)}
        else:
            heads = {token.lower_, token.lemma_.lower()}
            named = {m.name: m for m in bodies if m.name and heads & self._words_for(m.name)}
        return next(iter(named.values())) if len(named) == 1 else None

    def endpoint(self, token: Token, offset: int) -> Mention | None:
        """The mention a noun phrase headed by ``token`` names or refers to."""
        return self.mention_of(token, offset) or self.refers_to(token, offset)


def _is_definite(token: Token) -> bool:
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that") for c in token.children
    )
