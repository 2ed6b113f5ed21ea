"""Who a sentence attributes a statement to, whether it is hedged, whether it denies it."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from newsgraph.extract.context import DocContext
from newsgraph.model import Mention
from newsgraph.text.relwords import relation_words

MODALS = frozenset({"may", "might", "could"})
NEGATING_DETERMINERS = frozenset({"no", "never", "neither", "nor"})
SOURCE_NOUNS = frozenset(
    {"report", "document", "statement", "assessment", "study", "analysis", "memo"}
)


def _ancestors(token: Token) -> Iterator[Token]:
    yield token
    yield from token.ancestors


def is_hedged(sentence: Span) -> bool:
    """Whether the sentence marks what it says as uncertain ("reportedly", "may have")."""
    hedges = relation_words().hedges
    for token in sentence:
        if token.lower_ in MODALS:
            if token.tag_ == "MD":
                return True
        elif token.lower_ in hedges or token.lemma_.lower() in hedges:
            return True
    return False


def is_denied(trigger: Token) -> bool:
    """Whether the words governing ``trigger`` negate or deny it."""
    denials = relation_words().denials
    speech = relation_words().speech_verbs
    if any(c.lower_ in NEGATING_DETERMINERS for c in trigger.children):
        return True
    for token in _ancestors(trigger):
        if token.lemma_.lower() in denials or any(c.dep_ == "neg" for c in token.children):
            return True
        if token is not trigger and token.lemma_.lower() in speech:
            return False
        if token.dep_ in ("nsubj", "nsubjpass"):
            return False  # "X, the group's negotiator, denied ...": X's description is not denied
    return False


def _source(token: Token, ctx: DocContext, offset: int) -> Mention | None:
    """The speaker a subject names: a mention, a pronoun, "the director, X", "a report by X"."""
    found = ctx.endpoint(token, offset)
    for child in token.children if found is None else ():
        if child.dep_ == "appos":
            found = ctx.mention_of(child, offset)
    if found or token.lemma_.lower() not in SOURCE_NOUNS:
        return found
    for prep in token.children:
        if prep.lower_ in ("by", "from", "of"):
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return ctx.endpoint(obj, offset)
    return None


def _speech_subject(verb: Token, ctx: DocContext, offset: int) -> Mention | None:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return _source(child, ctx, offset)
    return None


def speaker_of(trigger: Token, sentence: Span, ctx: DocContext, offset: int) -> Mention | None:
    """Who the sentence attributes the statement around ``trigger`` to (None: the outlet)."""
    speech = relation_words().speech_verbs
    below = trigger
    for token in trigger.ancestors:
        reported = below.dep_ not in ("nsubj", "nsubjpass")  # what X said, not X's own description
        if (
            reported
            and token.lemma_.lower() in speech
            and (found := _speech_subject(token, ctx, offset))
        ):
            return found
        below = token
    for token in sentence:
        if token.lower_ == "according":
            for obj in token.subtree:
                if obj.dep_ == "pobj" and (found := _source(obj, ctx, offset)):
                    return found
    for token in sentence:  # '"...," X said' and other speech outside the trigger's clause
        is_speech = token.pos_ == "VERB" and token.lemma_.lower() in speech
        outside = token not in trigger.subtree and not _in_subject(trigger, token)
        if is_speech and outside and (found := _speech_subject(token, ctx, offset)):
            return found
    return None


def _in_subject(token: Token, verb: Token) -> bool:
    """Whether ``token`` is part of the verb's subject ("X, founded by Y, said ...")."""
    return any(token in c.subtree for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
