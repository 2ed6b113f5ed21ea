"""Headline-style lines ("Militia Leader Seen In Capital") re-cased for the model.

In a title-case line every word is capitalised, so the tagger takes common words for
names ("Group Hand", "Agency Sow"). Each such line is re-cased the way the body of the
same article writes its words: a word keeps its capital if the body capitalises it in
mid-sentence, if it is an acronym, or if the body never writes it and it is not a common
English word (then it is most likely a name). Case changes keep every character offset, so
mentions found on the re-cased text point into the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SMALL = {
    "a",
    "an",
    "the",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "and",
    "or",
    "by",
    "with",
    "from",
    "as",
}
MIN_WORDS = 5
MAX_COMMAS = 2
TITLE_SHARE = 0.75


def is_title_case(line: str) -> bool:
    """Whether most of the line's words (small words aside) begin with a capital."""
    words = [w for w in _WORD.findall(line) if w.lower() not in _SMALL]
    if len(words) < MIN_WORDS or line.count(",") > MAX_COMMAS:
        return False
    capitalised = sum(w[0].isupper() for w in words)
    lowered = sum(w[0].islower() for w in _WORD.findall(line) if w.lower() in _SMALL)
    return bool(capitalised / len(words) >= TITLE_SHARE) and (
        lowered == 0 or capitalised == len(words)
    )


class _BodyCasing:
    """How the body of an article writes its words."""

    def __init__(self, lines: list[str]) -> None:
        self.capital_inside: set[str] = set()
        self.lower: set[str] = set()
        self.capital_first: set[str] = set()
        for line in lines:
            for match in _WORD.finditer(line):
                word = match.group()
                before = line[: match.start()].rstrip()
                if word[0].islower():
                    self.lower.add(word)
                elif before and before[-1] not in ".!?:\"“‘'":
                    self.capital_inside.add(word)
                else:
                    self.capital_first.add(word)

    def keeps_capital(self, word: str, is_common: Callable[[str], bool]) -> bool:
        if word.lower() in STOP_WORDS and not word.isupper():
            return False
        if word in self.capital_inside or (len(word) > 1 and word.isupper()):
            return True
        if word.lower() in self.lower:
            return False
        return not is_common(word.lower())


def _recase(line: str, body: _BodyCasing, is_common: Callable[[str], bool]) -> str:
    start = len(line) - len(line.lstrip())

    def fix(match: re.Match[str]) -> str:
        word = match.group()
        if match.start() == start or body.keeps_capital(word, is_common):
            return word
        return word.lower()

    return _WORD.sub(fix, line)


def recase_headlines(text: str, is_common: Callable[[str], bool]) -> str:
    """``text`` with its title-case lines re-cased; same length, same offsets.

    ``is_common`` tells whether a lower-case word is a common English word.
    """
    lines = text.split("\n")
    titles = [is_title_case(line) for line in lines]
    if not any(titles):
        return text
    body = _BodyCasing([ln for ln, t in zip(lines, titles, strict=True) if not t])
    out = [_recase(ln, body, is_common) if t else ln for ln, t in zip(lines, titles, strict=True)]
    return "\n".join(out)
