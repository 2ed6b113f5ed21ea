"""Common English words, from the model's own lemmatizer tables (WordNet base forms)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language

_SUFFIXES = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
)
_POS = ("noun", "verb", "adj", "adv")


def common_word_test(nlp: Language) -> Callable[[str], bool]:
    """A function telling whether a lower-case word (or its inflected base) is in the lexicon."""
    lemmatizer: Any = nlp.get_pipe("lemmatizer")
    index = lemmatizer.lookups.get_table("lemma_index")
    known: set[str] = set()
    for pos in _POS:
        known.update(index.get(pos, []))

    def is_common(word: str) -> bool:
        if word in known:
            return True
        return any(
            word.endswith(suffix) and word[: -len(suffix)] + repl in known
            for suffix, repl in _SUFFIXES
        )

    return is_common
