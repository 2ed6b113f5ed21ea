"""Events an article reports: type, date, place, participants and casualties, with the sentence.

A sentence may report one occurrence with several words ("the suicide attack ... the
bombing"); events of one type in one article with compatible dates and places are one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from newsgraph.extract.attribution import is_hedged, speaker_of
from newsgraph.extract.casualties import count_near
from newsgraph.extract.context import DocContext, Sentence
from newsgraph.extract.rawevents import RawEvent
from newsgraph.extract.relations.common import SentenceView, clause_subjects, lemma, objects_of
from newsgraph.extract.relations.verbs import verb_arguments as _arguments
from newsgraph.model import Mention
from newsgraph.text.eventwords import event_words
from newsgraph.text.when import resolve_date

PLACE_PREPS = frozenset({"in", "at", "near", "on", "outside", "inside", "across"})
BLAME_WORDS = frozenset({"responsible", "behind"})
ACCUSE_WORDS = frozenset({"accuse", "blame", "suspect"})
BOUNDARY_WORDS = frozenset({"since", "until", "till", "before", "after", "by"})
TARGET_PREPS = frozenset({"on", "against"})
SUBJECT_ROLE_TYPES = frozenset({"arrest", "release", "death", "sentence"})


def _event_type(token: Token) -> str | None:
    words = event_words()
    if token.pos_ == "NOUN":
        return words.nouns.get(token.lower_)
    if token.pos_ == "VERB":
        return words.verbs.get(lemma(token))
    return None


ADVERBIALS = frozenset({"prep", "npadvmod", "advmod", "tmod", "advcl"})
ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass"})


def _own(token: Token) -> list[Token]:
    """A phrase without the other events conjoined to it ("the 2008 assault ..., the 2017
    bombing" are two events; "killed 14 and injured 31" is one)."""
    return [
        token,
        *(t for c in token.children if not _is_other_event(c) and c.dep_ != "cc" for t in _own(c)),
    ]


def _is_other_event(token: Token) -> bool:
    return token.dep_ == "conj" and _event_type(token) is not None


def _scope(trigger: Token, attached: frozenset[str] = ADVERBIALS | ARGUMENTS) -> list[Token]:
    """The tokens that speak of this event: its own phrase, then the clause that reports it."""
    scope = _own(trigger)
    if trigger.pos_ == "VERB":
        return scope  # a verb's clause is its own
    below = trigger
    for above in trigger.ancestors:
        if below.dep_ == "conj":
            below = above
            continue
        scope.append(above)
        for child in above.children:
            if child is not below and child.dep_ in attached:
                scope.extend(_own(child))
        if above.pos_ in ("VERB", "AUX"):
            break  # the clause that reports the event, not the sentence around it
        below = above
    return scope


def _date(trigger: Token, sentence: Span, published: str | None) -> str | None:
    """The date of the event: a date in its phrase, else in the clause that reports it."""
    dates = {ent.root.i: ent for ent in sentence.ents if ent.label_ == "DATE"}
    for ent in (dates[t.i] for t in _scope(trigger, ADVERBIALS) if t.i in dates):
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if before in BOUNDARY_WORDS:
            continue  # "since 2011", "until June": not when the event happened
        if found := resolve_date(ent.text, published):
            return found
    return None


def _places(scope: list[Token], view: SentenceView) -> list[Mention]:
    """Places the event is said to be at, the most specific first ("the Embassy in Lisbon")."""
    found: list[Mention] = []
    for obj in (o for t in scope for o in objects_of(t, PLACE_PREPS)):
        owners = [c for c in obj.children if c.dep_ in ("poss", "compound")]
        for m in [*view.names(obj), *(m for c in owners for m in view.names(c))]:
            if m.type == "location" and m not in found:
                found.append(m)
    return found


def _location(places: list[Mention]) -> Mention | None:
    """The town or country of the event when the text gives one (so that reports of one
    event at "the airport" and "in Lisbon" meet), else the most specific place."""
    towns = [m for m in places if m.label == "GPE"]
    found = towns or places
    return found[0] if found else None


def _is_generic(trigger: Token) -> bool:
    """ "some of the deadliest attacks, including ...": a class of events, not one."""
    return trigger.tag_ == "NNS" and any(
        c.dep_ == "prep" and c.lower_ in ("including", "like", "such") for c in trigger.children
    )


def _is_hypothetical(trigger: Token, kind: str) -> bool:
    """A reward "for his arrest", "sentenced to death": the event is not reported as happening."""
    if kind in ("attack", "battle"):
        return False  # "claimed responsibility for the attack" reports it
    head = trigger.head
    return (
        trigger.pos_ == "NOUN"
        and head.lower_ in ("for", "to")
        and head.head.pos_ in ("NOUN", "VERB")
    )


def _agents(verb: Token) -> list[Token]:
    return [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def _via(head: Token, token: Token) -> str:
    """The word of ``head``'s child whose phrase holds ``token``."""
    for child in head.children:
        if token in child.subtree:
            return str(child.lower_)
    return ""


def _perpetrators(trigger: Token, view: SentenceView) -> list[Mention]:
    """Who carried it out: "claimed by X", "X carried out", "X is responsible for"."""
    words = event_words().perpetrator_verbs
    doers: list[Token] = []
    for token in view.span:
        if token.pos_ == "VERB" and lemma(token) in words and token.head.pos_ != "NOUN":
            doers += _agents(token)
    for above in trigger.ancestors:
        word = lemma(above)
        if word in ACCUSE_WORDS:
            if _via(above, trigger) in (
                "of",
                "for",
            ):  # accused *of* the attack, not of something else
                passive = any(c.dep_ == "nsubjpass" for c in above.children)
                doers += [
                    c for c in above.children if c.dep_ == ("nsubjpass" if passive else "dobj")
                ]
            break
        if word in words or word in BLAME_WORDS:
            doers += [c for c in above.children if c.dep_ == "nsubj"] or clause_subjects(above)
            doers += _agents(above)
            break
    if trigger.pos_ == "VERB":
        doers += [c for c in trigger.children if c.dep_ == "nsubj"]
        doers += _agents(trigger)
    doers += [c for c in trigger.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
    found = [m for t in doers for m in view.names(t)]
    return [m for m in found if m.type == "organization" or m.type == "person"]


def _subjects(trigger: Token, view: SentenceView) -> list[Mention]:
    if trigger.pos_ == "VERB":
        heads = [
            c for c in trigger.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")
        ] or clause_subjects(trigger)
    else:
        heads = [c for c in trigger.children if c.dep_ == "poss"] + list(
            objects_of(trigger, frozenset({"of"}))
        )
    return [m for t in heads for m in view.names(t) if m.type == "person"]


def _participants(kind: str, trigger: Token, view: SentenceView) -> tuple[tuple[str, str], ...]:
    roles: list[tuple[str, str]] = []
    if kind in ("attack", "battle"):
        roles += [(m.id, "perpetrator") for m in _perpetrators(trigger, view)]
        targets = [m for o in objects_of(trigger, TARGET_PREPS) for m in view.names(o)]
        roles += [(m.id, "target") for m in targets if m.type != "location"]
    elif kind in SUBJECT_ROLE_TYPES:
        roles += [(m.id, "subject") for m in _subjects(trigger, view)]
    elif kind == "founding" and trigger.pos_ == "VERB":
        founders, founded = _arguments(trigger)
        roles += [(m.id, "party") for t in founders for m in view.names(t)]
        roles += [
            (m.id, "subject") for t in founded for m in view.names(t) if m.type == "organization"
        ]
    else:
        parties = [o for o in objects_of(trigger, frozenset({"between", "with"}))]
        parties += clause_subjects(trigger) if trigger.pos_ == "VERB" else []
        roles += [(m.id, "party") for t in parties for m in view.names(t) if m.type != "location"]
    return tuple(dict.fromkeys(roles))


def _label(trigger: Token, places: list[Mention], date: str | None) -> str:
    modifiers = [c.text for c in trigger.lefts if c.dep_ in ("compound", "amod") and not c.like_num]
    words = " ".join([*modifiers, trigger.text])
    where = "".join(f", {m.name or m.text}" for m in places[:2])
    when = f" ({date})" if date else ""
    return f"{words}{where}{when}"


def _sentence_events(sentence: Sentence, ctx: DocContext) -> Iterator[RawEvent]:
    view = SentenceView(sentence.span, ctx, sentence.offset)
    hedged = is_hedged(sentence.span)
    words = event_words()
    for trigger in sentence.span:
        kind = _event_type(trigger)
        if kind is None or _is_hypothetical(trigger, kind) or _is_generic(trigger):
            continue
        date = _date(trigger, sentence.span, ctx.published)
        scope = _scope(trigger)
        places = _places(scope, view)
        location = _location(places)
        participants = _participants(kind, trigger, view)
        violent = kind in ("attack", "battle")
        killed = count_near(scope, words.killed) if violent else None
        injured = count_near(scope, words.injured) if violent else None
        if kind in SUBJECT_ROLE_TYPES and not participants:
            continue  # "the capture of the city", "a death sentence": no one it happened to
        if not (date or participants or killed or injured or (location and violent)):
            continue
        speaker = speaker_of(trigger, sentence.span, ctx, sentence.offset)
        yield RawEvent(
            document=ctx.document,
            type=kind,
            label=_label(trigger, places, date),
            date=date,
            location=location.id if location else None,
            site=places[0].id if places else None,
            participants=participants,
            killed=killed,
            injured=injured,
            sentence_start=sentence.start,
            sentence_end=sentence.end,
            text=ctx.text[sentence.start : sentence.end].strip(),
            speaker=speaker.id if speaker else None,
            hedged=hedged,
        )


def _compatible(a: RawEvent, b: RawEvent, names: dict[str, str | None]) -> bool:
    if a.type != b.type:
        return False
    places = {names.get(a.location or ""), names.get(b.location or "")} - {None}
    if len(places) > 1:
        return False
    if a.date is None and b.date is None:  # undated: one sentence, or one named site
        same_site = a.site is not None and names.get(a.site) == names.get(b.site or "")
        return a.sentence_start == b.sentence_start or same_site
    if a.date is None or b.date is None:
        return False
    return a.date.startswith(b.date) or b.date.startswith(a.date)


def _merge(a: RawEvent, b: RawEvent) -> RawEvent:
    """One event from two reports of it in one article (the first sentence stays its anchor)."""
    return replace(
        a,
        date=a.date if a.date and (not b.date or len(a.date) >= len(b.date)) else b.date,
        location=a.location or b.location,
        site=a.site or b.site,
        participants=tuple(dict.fromkeys(a.participants + b.participants)),
        killed=a.killed if a.killed is not None else b.killed,
        injured=a.injured if a.injured is not None else b.injured,
    )


def extract_events(ctx: DocContext) -> list[RawEvent]:
    """The article's events, one per occurrence."""
    names = {m.id: m.name for m in ctx.mentions}
    events: list[RawEvent] = []
    for sentence in ctx.sentences:
        for event in _sentence_events(sentence, ctx):
            for index, known in enumerate(events):
                if _compatible(known, event, names):
                    events[index] = _merge(known, event)
                    break
            else:
                events.append(event)
    return events
