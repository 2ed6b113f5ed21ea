"""Annotate articles with the model: long texts in pieces, headlines re-cased, in batches."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc

from newsgraph.nlp.chunking import MAX_CHUNK, chunk_text
from newsgraph.nlp.headlines import recase_headlines
from newsgraph.nlp.lexicon import common_word_test
from newsgraph.nlp.model import load_nlp

BATCH_SIZE = 16


@dataclass(frozen=True, slots=True)
class Piece:
    """One annotated piece of an article, starting ``offset`` characters into it."""

    offset: int
    doc: Doc


@cache
def _is_common() -> Callable[[str], bool]:
    return common_word_test(load_nlp())


def model_text(text: str) -> str:
    """The text the model reads: the article with its headline lines re-cased."""
    return recase_headlines(text, _is_common())


def annotate(
    texts: Sequence[str], processes: int = 1, chunk_size: int = MAX_CHUNK
) -> Iterator[list[Piece]]:
    """For each text, in order, its annotated pieces (at most ``chunk_size`` characters each)."""
    nlp = load_nlp()
    jobs = [
        (piece, (i, offset))
        for i, text in enumerate(texts)
        for offset, piece in chunk_text(model_text(text), chunk_size)
    ]
    pieces: list[list[Piece]] = [[] for _ in texts]
    stream = nlp.pipe(jobs, as_tuples=True, batch_size=BATCH_SIZE, n_process=processes)
    for doc, (index, offset) in stream:
        pieces[index].append(Piece(offset, doc))
    yield from pieces
