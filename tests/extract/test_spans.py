import pytest

from newsgraph.extract.spans import trim_span


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("the Harbor Network’s", "Harbor Network"),
        ("The “Islamic Emirate", "Islamic Emirate"),
        ("the Islamic State (Daesh", "Islamic State"),
        ("(CENTCOM)", "CENTCOM"),
        ("ISIS-K.", "ISIS-K"),
        ("U.S.", "U.S."),
        ("Jr.", "Jr."),
        ("the State Department's", "State Department"),
        ("the Krenners’", "Krenners"),
        ("A United Nations’ Security Council", "United Nations’ Security Council"),
        ("Marta Ilves\n\nThe Red Tide Brigade", None),
        ("“ ”", None),
    ],
)
def test_trim_span(raw: str, expected: str | None) -> None:
    text = f"<{raw}>"
    found = trim_span(text, 1, 1 + len(raw))
    assert (text[found[0] : found[1]] if found else None) == expected
