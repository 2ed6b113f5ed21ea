"""One base exception and a few specific ones; the CLI turns them into a message and exit code."""


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """An input file cannot be read as an article; the message says why in one line."""


class StoreError(NewsgraphError):
    """The database cannot be opened or is not a newsgraph database."""


class ModelError(NewsgraphError):
    """The spaCy model is missing or is not the pinned version."""


class VocabularyError(NewsgraphError):
    """The predicate vocabulary file is malformed."""
