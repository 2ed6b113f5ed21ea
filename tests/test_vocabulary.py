import pytest

from newsgraph.errors import VocabularyError
from newsgraph.vocabulary import load_vocabulary, parse_vocabulary

DESIGN_PREDICATES = {
    "child_of",
    "sibling_of",
    "nephew_of",
    "spouse_of",
    "relative_of",
    "leader_of",
    "deputy_leader_of",
    "founder_of",
    "member_of",
    "spokesperson_of",
    "part_of",
    "allied_with",
    "opposed_to",
    "based_in",
    "designated_terrorist_by",
    "bounty",
}
ADDED_PREDICATES = {
    "present_in"
}  # added to the vocabulary file with its properties, as DESIGN.md asks


def test_packaged_vocabulary_has_the_design_predicates() -> None:
    vocab = load_vocabulary()
    assert set(vocab.predicates) == DESIGN_PREDICATES | ADDED_PREDICATES
    assert {p for p, spec in vocab.predicates.items() if spec.symmetric} == {
        "sibling_of",
        "spouse_of",
        "relative_of",
        "allied_with",
        "opposed_to",
    }
    assert vocab.predicate("leader_of").one_holder
    assert vocab.predicate("bounty").single_valued and vocab.predicate("bounty").unit == "USD"
    assert "attack" in vocab.event_types


@pytest.mark.parametrize(
    "data",
    [
        [],
        {
            "relations": {"x_of": {"symmetric": True}},
            "event_types": ["a"],
            "participant_roles": ["b"],
        },
        {
            "relations": {"x_of": {"description": "x", "colour": "red"}},
            "event_types": ["a"],
            "participant_roles": ["b"],
        },
        {
            "relations": {"x_of": {"description": "x"}},
            "event_types": [],
            "participant_roles": ["b"],
        },
    ],
    ids=["not-a-mapping", "no-description", "unknown-property", "no-event-types"],
)
def test_broken_vocabulary_is_refused(data: object) -> None:
    with pytest.raises(VocabularyError):
        parse_vocabulary(data)


def test_unknown_predicate_is_an_error() -> None:
    with pytest.raises(VocabularyError, match="not in the vocabulary"):
        load_vocabulary().predicate("invented_of")
