"""Transliteration-tolerant forms of name words: "Omar"/"Umar", "Yusuf"/"Yousef",
"Mohammed"/"Muhammad" share a consonant skeleton."""

from __future__ import annotations

import re
from functools import lru_cache

_PAIRS = (
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("w", "v"),
    ("dh", "d"),
    ("th", "t"),
    ("kh", "k"),
    ("gh", "g"),
)
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=262144)
def skeleton(word: str) -> str:
    """The first letter and the consonants after it, transliteration pairs folded, doubled
    letters single ("Yusuf"/"Yousef" share "ysf"; "Ahmad" and "Hamid" do not)."""
    text = word.lower()
    for old, new in _PAIRS:
        text = text.replace(old, new)
    return _DOUBLES.sub(r"\1", text[:1] + _VOWELS.sub("", text[1:]))


def consonants(word: str) -> str:
    """The skeleton without its first letter's exception: "Omar" and "Umar" both give "mr"."""
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", skeleton(word)))


def same_skeleton(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """Two names whose every word differs at most by transliteration."""
    if len(first) != len(second) or first == second:
        return False
    return all(
        len(skeleton(a)) >= 2 and skeleton(a) == skeleton(b)
        for a, b in zip(first, second, strict=True)
    )
