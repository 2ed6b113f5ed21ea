"""The data model: one type per concept, every fact with its provenance (see DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal["person", "organization", "location"]
ENTITY_TYPES: tuple[EntityType, ...] = ("person", "organization", "location")


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its id is the hash of its text, so the same text is stored once."""

    id: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    language: str = "en"


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in a document, with its character offsets and those of its sentence.

    ``name`` is the full name the mention stands for within its document (a short form
    linked to the full name introduced elsewhere in the text), or None when the text
    leaves it ambiguous; ambiguous mentions are stored but join no entity.
    """

    document: str
    start: int
    end: int
    text: str
    type: EntityType
    sentence_start: int
    sentence_end: int
    name: str | None
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.document}:{self.start}-{self.end}"


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organization or place: the mentions that name it across documents."""

    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...]
    mentions: tuple[str, ...]
    documents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence that states a fact, who it is attributed to, and whether it is hedged."""

    document: str
    start: int
    end: int
    text: str
    attributed_to: str | None = None
    hedged: bool = False


@dataclass(frozen=True, slots=True)
class Claim:
    """Subject, predicate, object entity or value, with the evidence that states it."""

    id: str
    subject: str
    predicate: str
    object: str | None = None
    value: float | str | None = None
    unit: str | None = None
    polarity: Literal["asserted", "denied"] = "asserted"
    qualifiers: dict[str, str] = field(default_factory=dict)
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Participant:
    entity: str
    role: Literal["perpetrator", "target", "subject", "party"]


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    label: str
    date: str | None = None
    location: str | None = None
    participants: tuple[Participant, ...] = ()
    killed: int | None = None
    injured: int | None = None
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class Conflict:
    id: str
    kind: Literal["value", "functional", "polarity"]
    subject: str
    predicate: str
    claims: tuple[str, ...]
    summary: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read, and why, in one line for the user."""

    path: str
    reason: str
