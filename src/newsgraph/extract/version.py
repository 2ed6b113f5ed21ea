"""The extractor version: stored with each document, so a new version re-extracts old ones."""

from newsgraph.nlp.model import MODEL_VERSION

EXTRACTOR_VERSION = f"2.1+model{MODEL_VERSION}"
