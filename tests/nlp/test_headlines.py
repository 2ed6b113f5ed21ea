import pytest

from newsgraph.nlp.headlines import is_title_case, recase_headlines

BODY = (
    "\n\nThe Red Hand Group said its leader met officials in Kavala. The group denies the claim.\n"
)
COMMON = {
    "hand",
    "in",
    "glove",
    "sow",
    "seeds",
    "distrust",
    "group",
    "leader",
    "seen",
    "market",
    "claim",
}


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Red Hand Group Leader Seen In Kavala Market",
            "Red Hand Group leader seen in Kavala market",
        ),
        (
            "Did NATO Sow The Seeds Of Distrust In Kavala?",
            "Did NATO sow the seeds of distrust in Kavala?",
        ),
        ("Kessel Group Seen In Kavala Market", "Kessel Group seen in Kavala market"),
    ],
)
def test_title_case_lines_take_the_body_casing(headline: str, expected: str) -> None:
    text = headline + BODY
    recased = recase_headlines(text, lambda w: w in COMMON)
    assert len(recased) == len(text)
    assert recased.split("\n")[0] == expected
    assert recased[len(headline) :] == BODY


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Red Hand Group Leader Seen In Kavala Market", True),
        ("The group said its leader met officials in Kavala.", False),
        ("Follow City Paper on Google", False),
        ("Tags: News, Kavala, Red Hand Group, Elections", False),
    ],
)
def test_is_title_case(line: str, expected: bool) -> None:
    assert is_title_case(line) is expected
