"""The type of a name: the model's label, corrected by the name's head noun.

The small English model types "X Network" as a person and "Y Hotel" as a person or
an organization; the last word of a name says more than the label does.
"""

from __future__ import annotations

import re

from newsgraph.model import EntityType
from newsgraph.text.wordlists import wordlists

LABEL_TYPES: dict[str, EntityType] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
}
# Place heads that are also common surnames: they do not override a PERSON label.
_SURNAME_LIKE = frozenset({"park", "street", "field", "port", "hill", "mount", "camp", "pass"})
_WORDS = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")


def words(name: str) -> list[str]:
    """The lower-case words of a name."""
    return [w.lower() for w in _WORDS.findall(name)]


def head_type(name: str, label: str) -> EntityType | None:
    """The type the head noun gives ``name``, or None if it says nothing."""
    parts = words(name)
    if len(parts) < 2:
        return None
    lists = wordlists()
    head = parts[-1]
    if head in lists.organization_heads:
        return "organization"
    if head in lists.location_heads and not (label == "PERSON" and head in _SURNAME_LIKE):
        return "location"
    if parts[0] in lists.location_prefixes and label != "ORG":
        return "location"
    return None


def is_non_entity(name: str, label: str) -> bool:
    """A generic word or a bare title ("State", "the US General"), not a name.

    A person's name may end in a rank-like word ("John Major"), so only names the model
    did not label PERSON are judged by their head; a PERSON name must be all titles.
    """
    parts = words(name)
    lists = wordlists()
    if not parts or " ".join(parts) in lists.not_entities:
        return True
    if label == "PERSON":
        return all(w in lists.person_titles for w in parts)
    return parts[-1] in lists.person_titles


def entity_type(name: str, label: str) -> EntityType | None:
    """The entity type of a name the model labelled ``label``; None to drop it."""
    if label not in LABEL_TYPES or is_non_entity(name, label):
        return None
    return head_type(name, label) or LABEL_TYPES[label]
