"""Names the model found once in an article, found again where it missed them.

The small model tags "the Red Tide Brigade" in one sentence and not in the next; within
one article, a name of two words or more (or an acronym) written the same way is the
same name, so its other occurrences become mentions too. So is a one-word name the model
tagged at least once that is a word of a longer person name of the article ("Dario" of
"Dario Krenner"): sentence-initial, the model often misses it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsgraph.extract.candidates import Candidate, modified_noun
from newsgraph.nlp.pipeline import Piece


def _worth_propagating(cand: Candidate, person_words: set[str]) -> bool:
    words = cand.text.split()
    if len(words) >= 2 or (len(cand.text) >= 3 and cand.text.isupper()):
        return True
    return cand.text in person_words and cand.text[:1].isupper()


def _person_words(found: list[Candidate]) -> set[str]:
    """The words of the article's names of people of two words or more."""
    return {
        w for c in found if c.type == "person" and len(c.text.split()) >= 2 for w in c.text.split()
    }


def _piece_at(pieces: Sequence[Piece], char: int) -> Piece:
    found = pieces[0]
    for piece in pieces:
        if piece.offset <= char:
            found = piece
    return found


def propagate_names(text: str, pieces: Sequence[Piece], found: list[Candidate]) -> list[Candidate]:
    """``found`` plus the unmarked occurrences of its longer names, in text order."""
    taken = [(c.start, c.end) for c in found]
    person_words = _person_words(found)
    models = {c.text: c for c in found if _worth_propagating(c, person_words)}
    added: list[Candidate] = []
    for name, model in sorted(models.items(), key=lambda kv: -len(kv[0])):
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            piece = _piece_at(pieces, start)
            span = piece.doc.char_span(
                start - piece.offset, end - piece.offset, alignment_mode="expand"
            )
            if span is None:
                continue
            sent = span.sent
            added.append(
                replace(
                    model,
                    start=start,
                    end=end,
                    sentence_start=piece.offset + sent.start_char,
                    sentence_end=piece.offset + sent.end_char,
                    modifies=modified_noun(span),
                )
            )
            taken.append((start, end))
    return sorted(found + added, key=lambda c: c.start)
