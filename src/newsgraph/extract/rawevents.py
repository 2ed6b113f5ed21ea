"""Events as one article reports them, between mentions, before entities exist."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawEvent:
    document: str
    type: str
    label: str
    date: str | None
    location: str | None  # mention id of the town or country, if the text names one
    site: str | None  # mention id of the most specific place named ("the Grand Hotel")
    participants: tuple[tuple[str, str], ...]  # (mention id, role)
    killed: tuple[int, int] | None  # the range a report gives: (96, 96), (24, 99)
    injured: tuple[int, int] | None
    sentence_start: int
    sentence_end: int
    text: str
    speaker: str | None
    hedged: bool
    site_kind: str | None = None  # the kind of place: "embassy", "airport" (named or not)
    group: int | None = None  # reports of one event in one article share a group
