"""Claims as one article states them: between mentions, before entities exist."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RawClaim:
    """A claim of one sentence; ``subject`` and ``object`` are mention ids of that article.

    ``speaker`` is the mention id of whoever the sentence attributes the claim to (None:
    the outlet itself).
    """

    document: str
    subject: str
    predicate: str
    object: str | None
    value: float | None
    unit: str | None
    polarity: str
    qualifiers: tuple[tuple[str, str], ...]
    sentence_start: int
    sentence_end: int
    text: str
    speaker: str | None
    hedged: bool
