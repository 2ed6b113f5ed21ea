"""Events between entities: each article's events mapped through the entities, and the
reports of one occurrence from several articles joined into one event (the rules are in
``occurrences``). A report that fits several known occurrences is left on its own rather
than joined to a guess.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from newsgraph.extract.rawevents import RawEvent
from newsgraph.model import Event, Evidence, Participant
from newsgraph.resolve.claims import stable_id
from newsgraph.resolve.occurrences import Occurrence, disagree, occurrence_of, tied
from newsgraph.text.when import rank, sort_key

VIOLENT = frozenset({"attack", "battle"})


def _evidence(raw: RawEvent, entity_of: Mapping[str, str]) -> Evidence:
    speaker = entity_of.get(raw.speaker) if raw.speaker else None
    return Evidence(
        raw.document, raw.sentence_start, raw.sentence_end, raw.text, speaker, raw.hedged
    )


def _event(raw: RawEvent, event_id: str, entity_of: Mapping[str, str]) -> Event:
    participants = tuple(
        dict.fromkeys(
            Participant(entity_of[m], role)  # type: ignore[arg-type]
            for m, role in raw.participants
            if m in entity_of
        )
    )
    return Event(
        id=event_id,
        type=raw.type,
        label=raw.label,
        date=raw.date,
        location=entity_of.get(raw.location or raw.site or ""),
        participants=participants,
        killed=raw.killed[0] if raw.killed else None,
        injured=raw.injured[0] if raw.injured else None,
        evidence=(_evidence(raw, entity_of),),
    )


@dataclass(frozen=True)
class Toll:
    """One report's count of the dead (or injured) of an event, as a range, with its sentence."""

    event: str
    field: str
    low: int
    high: int
    evidence: Evidence


@dataclass(frozen=True)
class ResolvedEvents:
    events: list[Event]
    tolls: list[Toll]


def _tolls(raw: RawEvent, event_id: str, evidence: Evidence) -> list[Toll]:
    found = []
    for name in ("killed", "injured"):
        value = getattr(raw, name)
        if value is not None:
            found.append(Toll(event_id, name, value[0], value[1], evidence))
    return found


def _order(occurrence: Occurrence, first: RawEvent) -> tuple[int, str, int]:
    """Precise dates first, so that vaguer reports join an occurrence already placed."""
    date = occurrence.event.date
    return -rank(date), first.document, first.sentence_start


def _article_groups(raws: Iterable[RawEvent]) -> list[list[RawEvent]]:
    """The reports of each article, grouped as the article's own reading joined them."""
    groups: dict[tuple[str, object], list[RawEvent]] = {}
    for number, raw in enumerate(raws):
        key = (raw.document, raw.group if raw.group is not None else f"#{number}")
        groups.setdefault(key, []).append(raw)
    return list(groups.values())


def _gathered(reports: list[RawEvent], used: set[str], entity_of: Mapping[str, str]) -> Occurrence:
    """One article's reports of one event as one occurrence, every sentence its evidence."""
    first = reports[0]
    found = occurrence_of(first, _event(first, _unique_id(first, used), entity_of), entity_of)
    for raw in reports[1:]:
        found.absorb(occurrence_of(raw, _event(raw, found.event.id, entity_of), entity_of))
    return found


def _figure(tolls: list[Toll], name: str) -> int | None:
    """The count to show: the exact figure most reports give, else the lowest bound given."""
    given = [t for t in tolls if t.field == name]
    exact = Counter(t.low for t in given if t.low == t.high)
    if exact:
        return exact.most_common(1)[0][0]
    return min((t.low for t in given), default=None)


def _settled(occurrence: Occurrence, own: list[Toll]) -> Event:
    """The occurrence's event with its town as location (else its site) and its figures."""
    event = occurrence.event
    town = min(occurrence.towns) if len(occurrence.towns) == 1 else None
    return replace(
        event,
        location=town or event.location,
        killed=_figure(own, "killed"),
        injured=_figure(own, "injured"),
    )


def _unique_id(raw: RawEvent, used: set[str]) -> str:
    """An id from the report's place in its article, never one already given."""
    parts: tuple[object, ...] = (raw.type, raw.document, raw.sentence_start, raw.label)
    found = stable_id("V", *parts)
    while found in used:
        parts = (*parts, "+")
        found = stable_id("V", *parts)
    used.add(found)
    return found


def resolve_events(raws: Iterable[RawEvent], entity_of: Mapping[str, str]) -> ResolvedEvents:
    """Events between entities, and every toll each report gives (for conflicts)."""
    occurrences: list[Occurrence] = []
    index: dict[tuple[str, str], set[int]] = defaultdict(set)
    toll_reports: list[tuple[int, RawEvent, Evidence]] = []
    used: set[str] = set()
    gathered = [(_gathered(g, used, entity_of), g) for g in _article_groups(raws)]
    for new, reports in sorted(gathered, key=lambda pair: _order(pair[0], pair[1][0])):
        near = sorted({i for key in new.handles() for i in index.get(key, ())})
        fits = [i for i in near if tied(occurrences[i], new) and not disagree(occurrences[i], new)]
        if len(fits) == 1:
            number = fits[0]
            occurrences[number].absorb(new)
        else:
            number = len(occurrences)
            occurrences.append(new)
        for key in occurrences[number].handles():
            index[key].add(number)
        toll_reports += [(number, raw, _evidence(raw, entity_of)) for raw in reports]
    tolls = [t for n, raw, ev in toll_reports for t in _tolls(raw, occurrences[n].event.id, ev)]
    by_event: dict[str, list[Toll]] = defaultdict(list)
    for toll in tolls:
        by_event[toll.event].append(toll)
    events = [_settled(o, by_event[o.event.id]) for o in occurrences]
    ordered = sorted(events, key=lambda e: (sort_key(e.date) if e.date else (9999,), e.id))
    return ResolvedEvents(ordered, tolls)
