"""Every relation and value an article states, each with its sentence, speaker and certainty."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newsgraph.extract.attribution import is_denied, is_hedged, speaker_of
from newsgraph.extract.context import DocContext, Sentence
from newsgraph.extract.rawclaims import RawClaim
from newsgraph.extract.relations.bounties import bounty_relations
from newsgraph.extract.relations.common import Found, SentenceView
from newsgraph.extract.relations.designations import designation_relations
from newsgraph.extract.relations.nouns import noun_relations
from newsgraph.extract.relations.places import place_relations
from newsgraph.extract.relations.presence import presence_relations
from newsgraph.extract.relations.separate import separate_relations
from newsgraph.extract.relations.ties import tie_relations
from newsgraph.extract.relations.verbs import verb_relations
from newsgraph.vocabulary import load_vocabulary

Finder = Callable[[SentenceView], Iterator[Found]]
FINDERS: tuple[Finder, ...] = (
    noun_relations,
    verb_relations,
    tie_relations,
    place_relations,
    presence_relations,
    designation_relations,
    bounty_relations,
    separate_relations,
)


def _valid(found: Found) -> bool:
    """Within the vocabulary's type signature, and not an entity related to itself."""
    obj = found.object
    if obj is not None and (
        obj.id == found.subject.id or (obj.name and obj.name == found.subject.name)
    ):
        return False
    predicate = load_vocabulary().predicate(found.predicate)
    return predicate.accepts(found.subject.type, obj.type if obj else None)


def _claim(found: Found, sentence: Sentence, ctx: DocContext, hedged: bool) -> RawClaim:
    speaker = speaker_of(found.trigger, sentence.span, ctx, sentence.offset)
    denied = found.negated or is_denied(found.trigger)
    return RawClaim(
        document=ctx.document,
        subject=found.subject.id,
        predicate=found.predicate,
        object=found.object.id if found.object else None,
        value=found.value,
        unit=found.unit,
        polarity="denied" if denied else "asserted",
        qualifiers=tuple(sorted(found.qualifiers.items())),
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        text=ctx.text[sentence.start : sentence.end].strip(),
        speaker=speaker.id if speaker and speaker.id != found.subject.id else None,
        hedged=hedged,
    )


def extract_claims(ctx: DocContext) -> list[RawClaim]:
    """The article's claims, one per (subject, predicate, object or value) per sentence."""
    claims: dict[tuple[object, ...], RawClaim] = {}
    for sentence in ctx.sentences:
        view = SentenceView(sentence.span, ctx, sentence.offset)
        hedged = is_hedged(sentence.span)
        for finder in FINDERS:
            for found in finder(view):
                if not _valid(found):
                    continue
                claim = _claim(found, sentence, ctx, hedged)
                key = (
                    claim.sentence_start,
                    claim.subject,
                    claim.predicate,
                    claim.object,
                    claim.value,
                )
                claims.setdefault(key, claim)
    return list(claims.values())
