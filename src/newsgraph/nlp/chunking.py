"""Split long texts into pieces the model accepts, on paragraph boundaries."""

from __future__ import annotations

import re

MAX_CHUNK = 100_000
_BREAKS = (
    re.compile(r"\n\s*\n"),
    re.compile(r"\n"),
    re.compile(r"(?<=[.!?])\s+"),
    re.compile(r"\s+"),
)


def _cut_point(text: str, start: int, limit: int) -> int:
    """The end of the last boundary (paragraph, line, sentence, space) before ``start + limit``."""
    window = text[start : start + limit]
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(window)]
        if ends and ends[-1] > limit // 4:
            return start + ends[-1]
    return start + limit


def chunk_text(text: str, limit: int = MAX_CHUNK) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text`` in order, each piece at most ``limit`` long."""
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        end = _cut_point(text, start, limit)
        pieces.append((start, text[start:end]))
        start = end
    pieces.append((start, text[start:]))
    return pieces
