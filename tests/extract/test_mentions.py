"""One row per text: the mentions (surface, type, full name) it must yield, and the
surfaces that must not join any entity (absent, or kept as ambiguous with no name)."""

from typing import Any

import pytest

from newsgraph.extract.mentions import extract_mentions
from newsgraph.nlp.pipeline import annotate

CASES: list[tuple[str, list[tuple[str, str, str | None]], list[str]]] = [
    (
        "Dario Krenner leads the Red Tide Brigade. Krenner was arrested in 2014.",
        [
            ("Dario Krenner", "person", "Dario Krenner"),
            ("Krenner", "person", "Dario Krenner"),
            ("Red Tide Brigade", "organization", "Red Tide Brigade"),
        ],
        [],
    ),
    (
        "Osvald Krenner founded the group. His sons Dario Krenner and Ilya Krenner joined it. Krenner denied it.",
        [("Krenner", "person", None)],
        [],
    ),
    (
        "Premier Lena Vasko spoke in Talvera. Lena said the port would reopen.",
        [("Lena Vasko", "person", "Lena Vasko"), ("Lena", "person", "Lena Vasko")],
        ["Premier Lena Vasko"],
    ),
    (
        "Former President Hamid Karzai met envoys at the Hamid Karzai International Airport. Karzai left later.",
        [
            ("Hamid Karzai", "person", "Hamid Karzai"),
            ("Karzai", "person", "Hamid Karzai"),
            (
                "Hamid Karzai International Airport",
                "location",
                "Hamid Karzai International Airport",
            ),
        ],
        [],
    ),
    (
        "Khalil al-Rahman Haqqani was seen in the city. Khalil Haqqani carries a bounty.",
        [("Khalil Haqqani", "person", "Khalil al-Rahman Haqqani")],
        [],
    ),
    (
        "The spokesman for the US Central Command (CENTCOM) said the base was quiet.",
        [("CENTCOM", "organization", "US Central Command")],
        [],
    ),
    (
        "Officials at the Ministry of the Interior said the Blue Harbor Syndicate smuggles fuel.",
        [
            ("Ministry of the Interior", "organization", "Ministry of the Interior"),
            ("Blue Harbor Syndicate", "organization", "Blue Harbor Syndicate"),
        ],
        ["Ministry"],
    ),
    (
        "Zorvan Kessel heads the Kessel network. The Kessel family denies it. The Kessels are rich.",
        [("Zorvan Kessel", "person", "Zorvan Kessel")],
        ["Kessels", "Kessel"],
    ),
    (
        "Analysts said the State Department's view was shared by Islam scholars.",
        [("State Department", "organization", "State Department")],
        ["Islam", "the State Department's"],
    ),
]


def _mentions(text: str) -> list[Any]:
    (pieces,) = list(annotate([text]))
    return extract_mentions("doc", text, pieces)


@pytest.mark.parametrize(("text", "must", "must_not"), CASES)
def test_mentions(
    nlp: Any, text: str, must: list[tuple[str, str, str | None]], must_not: list[str]
) -> None:
    found = _mentions(text)
    got = {(m.text, m.type, m.name) for m in found}
    for row in must:
        assert row in got, f"{row} not in {got}"
    named = {m.text for m in found if m.name is not None}
    for surface in must_not:
        assert surface not in named
    for m in found:
        assert text[m.start : m.end] == m.text
        assert text[m.sentence_start : m.sentence_end].strip()
        assert m.sentence_start <= m.start < m.end <= m.sentence_end


def test_headline_fragments_are_not_names(nlp: Any) -> None:
    text = (
        "Zorvan Network Hand In Glove With Red Tide Brigade, May Have Formed Joint Unit\n\n"
        "The Zorvan Network has long worked with the Red Tide Brigade, officials said.\n"
    )
    surfaces = {m.text for m in _mentions(text)}
    assert "Zorvan Network Hand" not in surfaces
    assert "Zorvan Network" in surfaces


def test_long_text_in_pieces_keeps_offsets_and_links_across_pieces(nlp: Any) -> None:
    filler = "The committee met again and discussed the budget for the coming year. " * 8
    text = (
        "Dario Krenner leads the Red Tide Brigade.\n\n"
        + (filler + "\n\n") * 12
        + "Krenner was seen in Sarn."
    )
    (pieces,) = list(annotate([text], chunk_size=2_000))
    assert len(pieces) > 3
    found = extract_mentions("doc", text, pieces)
    last = [m for m in found if m.text == "Krenner"]
    assert len(last) == 1 and last[0].name == "Dario Krenner"
    assert all(text[m.start : m.end] == m.text for m in found)
    assert text[last[0].sentence_start : last[0].sentence_end] == "Krenner was seen in Sarn."
