"""One row per text: the claims (subject, predicate, object or value, polarity) it must yield
and the ones it must not. Texts are our own sentences and sentences from the seed articles."""

from typing import Any

import pytest

from tests.extract.facts import extract, triples

A, D = "asserted", "denied"
CASES: list[tuple[str, list[tuple[str, str, object, str]], list[tuple[str, str, object, str]]]] = [
    # appositions and their chains
    (
        "Anis Haqqani, son of Jalaluddin Haqqani and brother of Sirajuddin Haqqani, the current head of the terrorist group, met officials.",
        [
            ("Anis Haqqani", "child_of", "Jalaluddin Haqqani", A),
            ("Anis Haqqani", "sibling_of", "Sirajuddin Haqqani", A),
        ],
        [("Anis Haqqani", "leader_of", "Sirajuddin Haqqani", A)],
    ),
    (
        "Khalil al Rahman Haqqani, an uncle of Sirajuddin Haqqani, is the group's senior-most figure in Kabul.",
        [("Sirajuddin Haqqani", "nephew_of", "Khalil al Rahman Haqqani", A)],
        [("Khalil al Rahman Haqqani", "nephew_of", "Sirajuddin Haqqani", A)],
    ),
    (
        "Osvald Krenner's son Dario Krenner now leads the Red Tide Brigade.",
        [
            ("Dario Krenner", "child_of", "Osvald Krenner", A),
            ("Dario Krenner", "leader_of", "Red Tide Brigade", A),
        ],
        [("Osvald Krenner", "child_of", "Dario Krenner", A)],
    ),
    (
        "Pentagon spokesperson John Kirby said the gate was closed.",
        [("John Kirby", "spokesperson_of", "Pentagon", A)],
        [],
    ),
    # copulas and predicate nominals
    (
        "Dario Krenner is the nephew of John Voss.",
        [("Dario Krenner", "nephew_of", "John Voss", A)],
        [("John Voss", "nephew_of", "Dario Krenner", A)],
    ),
    (
        "Sirajuddin Haqqani is also one of three deputy leaders of the Taliban.",
        [("Sirajuddin Haqqani", "deputy_leader_of", "Taliban", A)],
        [("Sirajuddin Haqqani", "leader_of", "Taliban", A)],
    ),
    (
        "Sirajuddin Haqqani is currently second in command of the Taliban.",
        [("Sirajuddin Haqqani", "deputy_leader_of", "Taliban", A)],
        [],
    ),
    # verbs and passives
    (
        "The Red Tide Brigade, led by Dario Krenner, attacked the port.",
        [("Dario Krenner", "leader_of", "Red Tide Brigade", A)],
        [],
    ),
    (
        "The Red Tide Brigade was founded by Osvald Krenner in 2009.",
        [("Osvald Krenner", "founder_of", "Red Tide Brigade", A)],
        [],
    ),
    (
        "Founded by Jalaluddin Haqqani, the Haqqani Network has been accused of targeting Indian interests in Afghanistan.",
        [("Jalaluddin Haqqani", "founder_of", "Haqqani Network", A)],
        [],
    ),
    (
        "Mira Sandoval heads the Federal Security Bureau.",
        [("Mira Sandoval", "leader_of", "Federal Security Bureau", A)],
        [],
    ),
    # ties between bodies and places
    (
        "The Red Tide Brigade, an offshoot of the Workers Front, operates in the north.",
        [("Red Tide Brigade", "part_of", "Workers Front", A)],
        [("Workers Front", "part_of", "Red Tide Brigade", A)],
    ),
    (
        "The Red Tide Brigade is allied with the Blue Harbor Syndicate.",
        [("Red Tide Brigade", "allied_with", "Blue Harbor Syndicate", A)],
        [],
    ),
    (
        "The Red Tide Brigade has close ties with the Blue Harbor Syndicate.",
        [("Red Tide Brigade", "allied_with", "Blue Harbor Syndicate", A)],
        [],
    ),
    (
        "The Red Tide Brigade has long clashed with the Northern Council.",
        [("Red Tide Brigade", "opposed_to", "Northern Council", A)],
        [],
    ),
    (
        "The Red Tide Brigade maintains a safe haven in Sarn.",
        [("Red Tide Brigade", "based_in", "Sarn", A)],
        [],
    ),
    (
        "The Berlin-based Red Tide Brigade denied the report.",
        [("Red Tide Brigade", "based_in", "Berlin", A)],
        [],
    ),
    (
        "The Red Tide Brigade claimed the attack on the army base in Sarn.",
        [],
        [("Red Tide Brigade", "based_in", "Sarn", A)],
    ),
    # designations and rewards
    (
        "The Coastal States Union designated Dario Krenner a global terrorist in February 2011.",
        [("Dario Krenner", "designated_terrorist_by", "Coastal States Union", A)],
        [],
    ),
    (
        "Dario Krenner leads the brigade. He is also included on the United Nations terrorist list.",
        [("Dario Krenner", "designated_terrorist_by", "United Nations", A)],
        [],
    ),
    (
        "Dario Krenner, with a $5m bounty on his head, was seen in Sarn.",
        [("Dario Krenner", "bounty", 5_000_000.0, A)],
        [],
    ),
    (
        "The Coastal States Union designated Dario Krenner a terrorist, offering a $10 million reward for information leading to his capture.",
        [("Dario Krenner", "bounty", 10_000_000.0, A)],
        [],
    ),
    (
        "Khalil al Rahman Haqqani, an uncle of Sirajuddin Haqqani, is the group's senior-most figure in Kabul. Both are US-designated terrorists with bounties of $5 million each on their heads.",
        [
            ("Khalil al Rahman Haqqani", "bounty", 5_000_000.0, A),
            ("Sirajuddin Haqqani", "bounty", 5_000_000.0, A),
            ("Sirajuddin Haqqani", "designated_terrorist_by", "US", A),
        ],
        [],
    ),
    # pronouns and short references
    (
        "Peter Krenner met the mayor on Monday. He is the son of John Krenner.",
        [("Peter Krenner", "child_of", "John Krenner", A)],
        [],
    ),
    (
        "A photo showed Ilya Krenner beside Dario Krenner. He is the son of Osvald Krenner.",
        [],
        [
            ("Ilya Krenner", "child_of", "Osvald Krenner", A),
            ("Dario Krenner", "child_of", "Osvald Krenner", A),
        ],
    ),
    (
        "The Red Tide Brigade, a militant group, was formed in 2009. Dario Krenner is the leader of the group.",
        [("Dario Krenner", "leader_of", "Red Tide Brigade", A)],
        [],
    ),
    # polarity
    (
        "The Red Tide Brigade has denied any association with the Blue Harbor Syndicate.",
        [("Red Tide Brigade", "allied_with", "Blue Harbor Syndicate", D)],
        [("Red Tide Brigade", "allied_with", "Blue Harbor Syndicate", A)],
    ),
    (
        'A spokesman said: "The Taliban and the Haqqani Network are separate entities."',
        [
            ("Haqqani Network", "part_of", "Taliban", D),
            ("Taliban", "part_of", "Haqqani Network", D),
        ],
        [("Haqqani Network", "part_of", "Taliban", A)],
    ),
    (
        "Ilya Krenner, the brigade's negotiator, said there was no cooperation between the Red Tide Brigade and the Blue Harbor Syndicate.",
        [("Red Tide Brigade", "allied_with", "Blue Harbor Syndicate", D)],
        [("Red Tide Brigade", "allied_with", "Blue Harbor Syndicate", A)],
    ),
]


@pytest.mark.parametrize(("text", "must", "must_not"), CASES, ids=[c[0][:50] for c in CASES])
def test_claims(
    nlp: Any,
    text: str,
    must: list[tuple[str, str, object, str]],
    must_not: list[tuple[str, str, object, str]],
) -> None:
    claims, _ = extract(text)
    found = triples(claims)
    for row in must:
        assert row in found, f"{row} not in {found}"
    for row in must_not:
        assert row not in found


def test_hedged_and_attributed(nlp: Any) -> None:
    claims, _ = extract(
        "Anika Moreau said the Red Tide Brigade may have formed a joint unit with the Blue Harbor Syndicate. "
        "According to the Federal Security Bureau, the Red Tide Brigade is led by Dario Krenner."
    )
    by_predicate = {c.predicate: c for c in claims}
    tie = by_predicate["allied_with"]
    assert (tie.subject, tie.object, tie.hedged, tie.speaker) == (
        "Red Tide Brigade",
        "Blue Harbor Syndicate",
        True,
        "Anika Moreau",
    )
    lead = by_predicate["leader_of"]
    assert (lead.subject, lead.hedged, lead.speaker) == (
        "Dario Krenner",
        False,
        "Federal Security Bureau",
    )


def test_designation_date_and_bounty_issuer(nlp: Any) -> None:
    claims, _ = extract(
        "The Coastal States Union designated Dario Krenner a global terrorist in February 2011, "
        "offering a $5 million reward for information leading to his capture."
    )
    by_predicate = {c.predicate: c for c in claims}
    assert by_predicate["designated_terrorist_by"].qualifiers == {"date": "2011-02"}
    assert by_predicate["bounty"].qualifiers == {"issuer": "Coastal States Union"}
