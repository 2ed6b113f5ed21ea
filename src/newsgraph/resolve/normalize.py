"""Name keys: the form under which two spellings of one name compare equal."""

from __future__ import annotations

import re

from rigour.names import normalize_name
from rigour.text import ascii_text

from newsgraph.text.wordlists import wordlists

_POSSESSIVE = re.compile(r"['’]s\b")
_QUOTES = re.compile(r"['’`]")


def name_key(name: str) -> str:
    """Lower case, ASCII, no punctuation, no name particles ("al-", "bin") unless alone."""
    text = _QUOTES.sub("", _POSSESSIVE.sub("", name))
    normal = normalize_name(ascii_text(text)) or ""
    tokens = normal.split()
    particles = wordlists().name_particles
    core = [t for t in tokens if t not in particles]
    return " ".join(core if core else tokens)
