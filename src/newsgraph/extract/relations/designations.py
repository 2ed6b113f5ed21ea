"""Terrorist designations: "the government designated O a terrorist group in 2012",
"A was placed on the list of global terrorists by the ministry", "A is on the UN terrorist list"."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from newsgraph.extract.relations.common import Found, SentenceView, described, lemma, objects_of
from newsgraph.model import Mention
from newsgraph.text.relwords import relation_words
from newsgraph.text.when import resolve_date

LIST_PREPS = frozenset({"on", "to", "in"})


def _authorities_of_list(verb: Token, view: SentenceView) -> list[Mention]:
    """The body whose list it is: "the United Nations terrorist list", "the list of X"."""
    found: list[Mention] = []
    for listed in objects_of(verb, LIST_PREPS):
        if lemma(listed) != "list":
            continue
        for child in listed.children:
            if child.dep_ in ("compound", "poss", "nmod", "amod"):
                found.extend(view.names(child))
    return found


def _sentence_date(view: SentenceView) -> dict[str, str]:
    published = view.ctx.published
    for ent in view.span.ents:
        if ent.label_ == "DATE" and (when := resolve_date(ent.text, published)):
            return {"date": when}
    return {}


def _compound_designations(view: SentenceView) -> Iterator[Found]:
    """ "X are US-designated terrorists": the authority is the modifier of "designated"."""
    for token in view.span:
        if lemma(token) != "designate" or token.dep_ != "amod":
            continue
        modifiers = [c for c in token.children if c.dep_ in ("npadvmod", "compound", "nmod")]
        authorities = [m for c in modifiers for m in view.names(c)]
        designees = [m for t in described(token.head) for m in view.names(t)]
        for designee in designees:
            for authority in authorities:
                yield Found(designee, "designated_terrorist_by", authority, token)


def designation_relations(view: SentenceView) -> Iterator[Found]:
    words = relation_words()
    if not any(t.lower_ in words.designation_cues for t in view.span):
        return
    yield from _compound_designations(view)
    for verb in view.span:
        if verb.pos_ != "VERB" or lemma(verb) not in words.designation_verbs:
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if passive:
            designees = [c for c in verb.children if c.dep_ == "nsubjpass"]
            doers = [
                o
                for a in verb.children
                if a.dep_ == "agent"
                for o in a.children
                if o.dep_ == "pobj"
            ]
        else:
            designees = [c for c in verb.children if c.dep_ == "dobj"]
            doers = [c for c in verb.children if c.dep_ == "nsubj"]
        authorities = [m for t in doers for m in view.names(t)] or _authorities_of_list(verb, view)
        qualifiers = _sentence_date(view)
        for designee in (m for t in designees for m in view.names(t)):
            for authority in authorities:
                yield Found(
                    designee, "designated_terrorist_by", authority, verb, qualifiers=qualifiers
                )
