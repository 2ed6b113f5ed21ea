import pytest

from newsgraph.model import Mention
from newsgraph.resolve.cluster import resolve_mentions
from newsgraph.resolve.normalize import name_key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Khalil al-Rahman Haqqani", "Khalil al Rahman Haqqani", True),
        ("Khalil al-Rahman Haqqani", "Khalil Rahman Haqqani", True),
        ("the State Department’s", "State Department", False),  # articles are trimmed at extraction
        ("State Department's", "State Department", True),
        ("Zürich Group", "Zurich Group", True),
        ("Sirajuddin Haqqani", "Jalaluddin Haqqani", False),
        ("Al", "Al", True),
    ],
)
def test_name_key(a: str, b: str, same: bool) -> None:
    assert (name_key(a) == name_key(b)) is same
    assert name_key(a)


def _m(doc: str, start: int, text: str, kind: str, name: str | None) -> Mention:
    return Mention(doc, start, start + len(text), text, kind, 0, 100, name)  # type: ignore[arg-type]


def test_resolve_groups_by_key_votes_type_and_skips_ambiguous() -> None:
    mentions = [
        _m("d1", 0, "Red Tide Brigade", "organization", "Red Tide Brigade"),
        _m("d2", 5, "Red Tide Brigade", "organization", "Red Tide Brigade"),
        _m("d3", 9, "Red Tide Brigade", "person", "Red Tide Brigade"),
        _m("d1", 30, "Krenner", "person", "Dario Krenner"),
        _m("d1", 40, "Dario Krenner", "person", "Dario Krenner"),
        _m("d2", 50, "Krenner", "person", None),
    ]
    entities = {e.name: e for e in resolve_mentions(mentions).entities}
    assert set(entities) == {"Red Tide Brigade", "Dario Krenner"}
    assert entities["Red Tide Brigade"].type == "organization"
    assert entities["Red Tide Brigade"].documents == ("d1", "d2", "d3")
    assert entities["Dario Krenner"].aliases == ("Krenner",)
    assert len(entities["Dario Krenner"].mentions) == 2
    again = {e.name: e.id for e in resolve_mentions(reversed(mentions)).entities}
    assert again == {name: e.id for name, e in entities.items()}
