"""One row per text: the events it must yield (type, date, place, casualties, participants)."""

from typing import Any

import pytest

from tests.extract.facts import NamedEvent, extract

CASES: list[tuple[str, str | None, dict[str, object]]] = [
    (
        "The network was blamed for the 2017 truck bombing near the German Embassy in Kabul that killed 96 people.",
        None,
        {"type": "attack", "date": "2017", "location": "Kabul", "killed": 96},
    ),
    (
        "Thirteen U.S. service members and dozens of Afghan civilians were killed in a suicide bombing outside Kabul's airport.",
        None,
        {"type": "attack", "location": "Kabul", "killed": 37},  # 13 + dozens (24 to 99)
    ),
    (
        "Hours after a series of suicide bombings at Kabul's airport left 60 Afghans and 13 US troops dead.",
        None,
        {"type": "attack", "location": "Kabul", "killed": 73},
    ),
    (
        "The Haqqanis were blamed for the attack on the Grand Hotel in 2008, the one on a police base in Khost in 2012, and the one in 2017 near the embassy.",
        None,
        {"type": "attack", "date": "2012", "location": "Khost"},
    ),
    (
        "The Red Tide Brigade emerged in the 1990s in the port towns.",
        None,
        {"type": "founding", "date": "1990s", "participants": (("Red Tide Brigade", "subject"),)},
    ),
    (
        "The Red Tide Brigade was founded by Osvald Krenner in the late 80s.",
        None,
        {
            "type": "founding",
            "date": "1980s",
            "participants": (("Osvald Krenner", "party"), ("Red Tide Brigade", "subject")),
        },
    ),
    (
        "The Red Tide Brigade claimed responsibility for the explosion at the Port Talvera Customs House that killed 14 people and injured 31.",
        None,
        {
            "type": "attack",
            "killed": 14,
            "injured": 31,
            "participants": (("Red Tide Brigade", "perpetrator"),),
        },
    ),
    (
        "The deadly airport bombings have been claimed by ISIS, as per SITE Intelligence Group.",
        None,
        {"type": "attack", "participants": (("ISIS", "perpetrator"),)},
    ),
    (
        "Dario Krenner was arrested in 2014.",
        None,
        {"type": "arrest", "date": "2014", "participants": (("Dario Krenner", "subject"),)},
    ),
    (
        "Dario Krenner was released in November 2019 in a prisoner exchange.",
        None,
        {"type": "release", "date": "2019-11", "participants": (("Dario Krenner", "subject"),)},
    ),
    (
        "Jalaluddin Haqqani, the founder of the network, died in 2018.",
        None,
        {"type": "death", "date": "2018", "participants": (("Jalaluddin Haqqani", "subject"),)},
    ),
    (
        "A bomb attack in Kabul on Thursday killed 12 people.",
        "2021-08-28",
        {"type": "attack", "date": "2021-08-26", "location": "Kabul", "killed": 12},
    ),
    (
        "A bomb attack in Kabul on Thursday killed 12 people.",
        None,
        {"type": "attack", "date": None, "location": "Kabul", "killed": 12},
    ),
]


NO_EVENTS = [
    "The Taliban threatened to attack courts in Kabul if the executions went ahead.",
    "The two groups formed an association in the 1990s.",
    "The network has carried out some of the deadliest attacks in Kabul, including many in 2019.",
    "The United States invaded in late 2001 after the terrorist attacks.",
]


@pytest.mark.parametrize("text", NO_EVENTS, ids=[t[:50] for t in NO_EVENTS])
def test_no_event(nlp: Any, text: str) -> None:
    """Intentions, unnamed foundings, classes of events, and an event named only as the
    time of another ("after the attacks") are not events of their own."""
    _, events = extract(text, None)
    assert events == [], events


def _matches(event: NamedEvent, expected: dict[str, object]) -> bool:
    return all(getattr(event, key) == value for key, value in expected.items())


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_events(nlp: Any, text: str, published: str | None, expected: dict[str, object]) -> None:
    _, events = extract(text, published)
    assert any(_matches(e, expected) for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "The Coastal States Union is offering a reward for information leading to his arrest.",
        "In 2016, Dario Krenner was sentenced to death.",
        "Following the capture of Kabul, the talks began.",
    ],
)
def test_no_event_that_is_not_reported_as_happening(nlp: Any, text: str) -> None:
    _, events = extract(text)
    assert not [e for e in events if e.type in ("arrest", "death")]


def test_one_event_from_two_reports_in_one_article(nlp: Any) -> None:
    _, events = extract(
        "Red Tide Brigade Claims Responsibility For Blast At Port Talvera Customs House\n\n"
        "The Red Tide Brigade claimed responsibility for the explosion at the Port Talvera Customs House "
        "that killed 14 people.\n"
    )
    attacks = [e for e in events if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].killed == 14
