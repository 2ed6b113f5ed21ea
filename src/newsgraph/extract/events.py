"""Events an article reports: type, date, place, participants and casualties, with the sentence.

A sentence may report one occurrence with several words ("the suicide attack ... the
bombing"); events of one type in one article with compatible dates and places are one.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from newsgraph.extract.attribution import is_hedged, speaker_of
from newsgraph.extract.casualties import count_near
from newsgraph.extract.context import DocContext, Sentence
from newsgraph.extract.rawevents import RawEvent
from newsgraph.extract.relations.common import SentenceView, clause_subjects, lemma, objects_of
from newsgraph.extract.relations.verbs import verb_arguments as _arguments
from newsgraph.model import Mention
from newsgraph.text.eventwords import event_words
from newsgraph.text.when import more_precise, overlaps, resolve_date
from newsgraph.text.wordlists import wordlists

PLACE_PREPS = frozenset({"in", "at", "near", "on", "outside", "inside", "across"})
BLAME_WORDS = frozenset({"responsible", "behind"})
ACCUSE_WORDS = frozenset({"accuse", "blame", "suspect"})
BOUNDARY_WORDS = frozenset({"since", "until", "till", "before", "after", "by"})
TARGET_PREPS = frozenset({"on", "against"})
SUBJECT_ROLE_TYPES = frozenset({"arrest", "release", "death", "sentence"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
QUANTIFIERS = frozenset({"some", "many", "several", "most", "all", "few", "one", "any", "none"})


def _word_type(token: Token) -> str | None:
    words = event_words()
    if token.pos_ == "NOUN":
        return words.nouns.get(token.lower_)
    if token.pos_ == "VERB":
        return words.verbs.get(lemma(token))
    return None


def _antecedent(token: Token) -> Token | None:
    """ "the attack on X in 2008, the one on Y in 2012": "the one" is another event, of the
    kind the nearest event noun before it names."""
    if token.lower_ not in ("one", "ones") or not any(
        c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children
    ):
        return None
    before = token.doc[token.sent.start : token.i]
    return next((t for t in reversed(before) if t.pos_ == "NOUN" and _word_type(t)), None)


def _event_type(token: Token) -> str | None:
    kind = _word_type(token)
    if kind is None and (antecedent := _antecedent(token)) is not None:
        return _word_type(antecedent)
    return kind


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
    """A conjoined or apposed event ("the 2008 assault ..., the 2012 attack ...")."""
    return token.dep_ in ("conj", "appos") and _event_type(token) is not None


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
            if child is not below and (child.dep_ in attached or _is_state(child)):
                scope.extend(_own(child))
        if above.pos_ in ("VERB", "AUX"):
            break  # the clause that reports the event, not the sentence around it
        below = above
    return scope


def _is_state(token: Token) -> bool:
    """ "left 60 people dead": the state the clause leaves its object in."""
    return token.pos_ == "ADJ" and token.dep_ in ("ccomp", "xcomp", "oprd")


def _date(trigger: Token, sentence: Span, published: str | None) -> str | None:
    """The date of the event: a date in its phrase, else in the clause that reports it."""
    dates = {ent.root.i: ent for ent in sentence.ents if ent.label_ == "DATE"}
    bounded = trigger.dep_ == "pobj" and trigger.head.lower_ in BOUNDARY_WORDS
    scope = _own(trigger) if bounded else _scope(trigger, ADVERBIALS)  # "invaded after the attacks"
    for ent in (dates[t.i] for t in scope if t.i in dates):
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if before in BOUNDARY_WORDS:
            continue  # "since 2011", "until June": not when the event happened
        if found := resolve_date(ent.text, published):
            return found
    return None


CLAUSES = frozenset({"advcl", "ccomp", "conj", "parataxis", "relcl"})


def _place_objects(trigger: Token, scope: list[Token]) -> list[Token]:
    """What the event is said to be at, in, near...; not the places of another clause
    ("arrested after he visited L", "... and taken to L")."""
    if trigger.pos_ == "VERB":
        other = {t.i for c in trigger.children if c.dep_ in CLAUSES for t in c.subtree}
        scope = [t for t in scope if t.i not in other]
    return [o for t in scope for o in objects_of(t, PLACE_PREPS)]


def _places(objects: list[Token], view: SentenceView) -> list[Mention]:
    """Named places, the most specific first ("the Embassy in Lisbon"); a place named as an
    owner ("a US base", "Lisbon's airport") after those named outright."""
    owners = [c for o in objects for c in o.children if c.dep_ in ("poss", "compound")]
    found: list[Mention] = []
    for m in [m for t in objects + owners for m in view.names(t)]:
        if m.type == "location" and m not in found:
            found.append(m)
    return found


def _site_kind(objects: list[Token]) -> str | None:
    """The kind of place it happened at ("the Indian embassy": "embassy"), named or not."""
    heads = wordlists().location_heads
    return next((t.lemma_.lower() for t in objects if t.lemma_.lower() in heads), None)


def _location(places: list[Mention]) -> Mention | None:
    """The town or country of the event when the text gives one (so that reports of one
    event at "the airport" and "in Lisbon" meet)."""
    return next((m for m in places if m.label == "GPE"), None)


def _is_generic(trigger: Token) -> bool:
    """ "some of the deadliest attacks, including ...": a class of events, not one."""
    if trigger.tag_ != "NNS":
        return False
    holder = trigger.head.head if trigger.head.lower_ == "of" else None  # "some of the attacks"
    if holder is not None and holder.lower_ in QUANTIFIERS:
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in ("including", "like", "such")
        for h in (trigger, holder)
        if h is not None
        for c in h.children
    )


def _is_unreal(trigger: Token) -> bool:
    """ "threatened to attack", "vowed to arrest": an intention, not an event."""
    unreal = event_words().unreal_verbs
    if trigger.pos_ == "VERB":
        return trigger.dep_ == "xcomp" and lemma(trigger.head) in unreal
    intended = unreal - event_words().perpetrator_verbs  # "planned the attack" reports it
    return trigger.dep_ == "dobj" and lemma(trigger.head) in intended


def _is_hypothetical(trigger: Token, kind: str) -> bool:
    """A reward "for his arrest", "sentenced to death": the event is not reported as happening."""
    if _is_unreal(trigger):
        return True
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


def _founding(trigger: Token) -> tuple[list[Token], list[Token]]:
    """(founders, what was founded): "X formed Y", "Y was founded by X", "Y emerged",
    "the creation of Y", "Y's founding by X"."""
    if trigger.pos_ == "VERB":
        founders, founded = _arguments(trigger)
        has_object = any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children)
        if not founded and not has_object and not _agents(trigger):
            return [], founders  # intransitive: "the group that emerged in the 1980s"
        return founders, founded
    founded = [c for c in trigger.children if c.dep_ == "poss"]
    founded += objects_of(trigger, frozenset({"of"}))
    if trigger.head.dep_ == "relcl" and any(t.lower_ == "whose" for t in founded):
        founded.append(trigger.head.head)
    return list(objects_of(trigger, frozenset({"by"}))), founded


def _participants(kind: str, trigger: Token, view: SentenceView) -> tuple[tuple[str, str], ...]:
    roles: list[tuple[str, str]] = []
    if kind in ("attack", "battle"):
        roles += [(m.id, "perpetrator") for m in _perpetrators(trigger, view)]
        targets = [m for o in objects_of(trigger, TARGET_PREPS) for m in view.names(o)]
        roles += [(m.id, "target") for m in targets if m.type != "location"]
    elif kind in SUBJECT_ROLE_TYPES:
        roles += [(m.id, "subject") for m in _subjects(trigger, view)]
    elif kind == "founding":
        founders, founded = _founding(trigger)
        roles += [(m.id, "party") for t in founders for m in view.names(t) if m.type != "location"]
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
    words = " ".join([*modifiers, (_antecedent(trigger) or trigger).text])
    where = "".join(f", {m.name or m.text}" for m in places[:2])
    when = f" ({date})" if date else ""
    return f"{words}{where}{when}"


def _is_anaphoric(trigger: Token, date: str | None) -> bool:
    """ "The bombings ..." with no date of its own: the article's last such event again
    ("the one on ..." is another event, never the last one again)."""
    return (
        trigger.pos_ == "NOUN"
        and date is None
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in trigger.children)
        and _antecedent(trigger) is None
    )


def _sentence_events(sentence: Sentence, ctx: DocContext) -> Iterator[tuple[RawEvent, bool]]:
    """The events a sentence reports, each with whether it refers back to an earlier one."""
    view = SentenceView(sentence.span, ctx, sentence.offset)
    hedged = is_hedged(sentence.span)
    words = event_words()
    for trigger in sentence.span:
        kind = _event_type(trigger)
        if kind is None or _is_hypothetical(trigger, kind) or _is_generic(trigger):
            continue
        date = _date(trigger, sentence.span, ctx.published)
        scope = _scope(trigger)
        objects = _place_objects(trigger, scope)
        places = _places(objects, view)
        location = _location(places)
        participants = _participants(kind, trigger, view)
        violent = kind in ("attack", "battle")
        killed = count_near(scope, words.killed) if violent else None
        injured = count_near(scope, words.injured) if violent else None
        if kind in SUBJECT_ROLE_TYPES and not participants:
            continue  # "the capture of the city", "a death sentence": no one it happened to
        if kind == "founding" and all(role != "subject" for _, role in participants):
            continue  # "formed an association": nothing named was founded
        if not (date or participants or killed or injured or (places and violent)):
            continue
        speaker = speaker_of(trigger, sentence.span, ctx, sentence.offset)
        event = RawEvent(
            document=ctx.document,
            type=kind,
            label=_label(trigger, places, date),
            date=date,
            location=location.id if location else None,
            site=places[0].id if places else None,
            site_kind=_site_kind(objects),
            participants=participants,
            killed=killed,
            injured=injured,
            sentence_start=sentence.start,
            sentence_end=sentence.end,
            text=ctx.text[sentence.start : sentence.end].strip(),
            speaker=speaker.id if speaker else None,
            hedged=hedged,
        )
        yield event, _is_anaphoric(trigger, date)


@dataclass(frozen=True)
class _Names:
    """The article's mentions by id, with their names."""

    names: dict[str, str | None]

    def town(self, event: RawEvent) -> str | None:
        return self.names.get(event.location or "")

    def same_town(self, a: RawEvent, b: RawEvent) -> bool:
        return len({self.town(a), self.town(b)} - {None}) <= 1

    def same_site(self, a: RawEvent, b: RawEvent) -> bool:
        """Both name one place more specific than a town ("the Grand Hotel")."""
        specific = a.site not in (None, a.location) and b.site not in (None, b.location)
        return specific and self.names.get(a.site or "") == self.names.get(b.site or "")

    def same_subject(self, a: RawEvent, b: RawEvent) -> bool:
        def subjects(e: RawEvent) -> set[str | None]:
            return {self.names.get(m) for m, role in e.participants if role == "subject"} - {None}

        return bool(subjects(a) & subjects(b))


def _compatible(a: RawEvent, b: RawEvent, names: _Names) -> bool:
    if a.type != b.type or not names.same_town(a, b):
        return False
    if a.date is not None and b.date is not None:
        return overlaps(a.date, b.date)
    if names.same_site(a, b) or names.same_subject(a, b):
        return True
    return a.date is None and b.date is None and a.sentence_start == b.sentence_start


def _same_as(events: list[RawEvent], event: RawEvent, anaphoric: bool, names: _Names) -> int | None:
    """The index of the earlier event of the article this one reports again, if any."""
    for index, known in enumerate(events):
        if _compatible(known, event, names):
            return index
    if anaphoric:
        for index in reversed(range(len(events))):
            known = events[index]
            if known.type == event.type and names.same_town(known, event):
                return index
    return None


def _merge(a: RawEvent, b: RawEvent) -> RawEvent:
    """One event from two reports of it in one article (the first sentence stays its anchor)."""
    return replace(
        a,
        date=more_precise(a.date, b.date),
        location=a.location or b.location,
        site=a.site or b.site,
        site_kind=a.site_kind or b.site_kind,
        participants=tuple(dict.fromkeys(a.participants + b.participants)),
        killed=a.killed if a.killed is not None else b.killed,
        injured=a.injured if a.injured is not None else b.injured,
    )


def extract_events(ctx: DocContext) -> list[RawEvent]:
    """Every report of an event in the article, each with its own sentence; reports of one
    occurrence share a ``group`` (decided on what the earlier reports together say)."""
    names = _Names({m.id: m.name for m in ctx.mentions})
    occurrences: list[RawEvent] = []  # what the reports of each group say together
    reports: list[RawEvent] = []
    for sentence in ctx.sentences:
        for event, anaphoric in _sentence_events(sentence, ctx):
            index = _same_as(occurrences, event, anaphoric, names)
            if index is None:
                index = len(occurrences)
                occurrences.append(event)
            else:
                occurrences[index] = _merge(occurrences[index], event)
            reports.append(replace(event, group=index))
    return reports
