"""What a reader yields: an article's text and the metadata its file states."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsgraph.ingest.metadata import Metadata


@dataclass(frozen=True, slots=True)
class RawArticle:
    """An article as read from its source, before it becomes a Document."""

    path: str
    text: str
    metadata: Metadata = field(default_factory=Metadata)
    declared: Metadata | None = None  # what the analyst's manifest states, already in metadata
