"""Trim a name span to the name: no article, possessive, quote, stray bracket or full stop."""

from __future__ import annotations

import re

from newsgraph.text.wordlists import wordlists

_EDGE = "\"“”‘’'`«»,;:!?*—–-/|"
_SPACE = " \t\n\u00a0"
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.I)


def _strip_determiner(text: str) -> int:
    """How many leading characters are a determiner and its space."""
    first, _, rest = text.partition(" ")
    if rest and first.lower() in wordlists().leading_determiners:
        return len(first) + 1
    return 0


def _cut_brackets(text: str) -> tuple[int, int]:
    """Bounds that drop an unbalanced bracket and what follows (or precedes) it."""
    start, end = 0, len(text)
    if text.startswith("(") and text.endswith(")"):
        return 1, end - 1
    if text.count("(") > text.count(")"):
        end = text.rfind("(")
    elif text.count(")") > text.count("("):
        start = text.find(")") + 1
    return start, end


def _strip_full_stop(text: str) -> int:
    """1 if the trailing full stop ends a sentence, not an abbreviation ("U.S.", "Jr.")."""
    if not text.endswith("."):
        return 0
    last = text.split()[-1]
    return 1 if last.count(".") == 1 and len(last) > 3 else 0


def trim_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The trimmed bounds of the name found at ``text[start:end]``; None if no name is left."""
    while start < end:
        before = (start, end)
        piece = text[start:end]
        left, right = _cut_brackets(piece)
        start, end = start + left, start + right
        piece = text[start:end]
        stripped = piece.lstrip(_EDGE + _SPACE)
        start += len(piece) - len(stripped)
        piece = text[start:end]
        stripped = piece.rstrip(_EDGE + _SPACE)
        end -= len(piece) - len(stripped)
        piece = text[start:end]
        start += _strip_determiner(piece)
        match = _POSSESSIVE.search(text[start:end])
        if match:
            end -= len(match.group())
        end -= _strip_full_stop(text[start:end])
        if (start, end) == before:
            break
    if end <= start or "\n" in text[start:end]:
        return None  # a name never runs across a line break: the model joined two lines
    return start, end
