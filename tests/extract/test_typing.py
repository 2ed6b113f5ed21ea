import pytest

from newsgraph.extract.typing import entity_type


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("Harbor Network", "PERSON", "organization"),
        ("Red Tide Group", "PERSON", "organization"),
        ("National Reconciliation Council", "PERSON", "organization"),
        ("The Harbor Network", "FAC", "organization"),
        ("Serena Hotel", "PERSON", "location"),
        ("Abbey Gate", "PERSON", "location"),
        ("Kestrel International Airport", "ORG", "location"),
        ("Port Talvera", "PERSON", "location"),
        ("Andy Street", "PERSON", "person"),
        ("John Major", "PERSON", "person"),
        ("Islamic State", "ORG", "organization"),
        ("US General", "ORG", None),
        ("General", "PERSON", None),
        ("State", "ORG", None),
        ("Islam", "ORG", None),
        ("Kavala", "GPE", "location"),
        ("Afghan", "NORP", None),
    ],
)
def test_entity_type(name: str, label: str, expected: str | None) -> None:
    assert entity_type(name, label) == expected
