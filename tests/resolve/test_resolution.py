"""Hard cases of both kinds, in news style: names that must become one entity and names that
must stay apart (same-surname relatives, transliterations, acronyms, affiliates, facilities)."""

from __future__ import annotations

import pytest

from newsgraph.extract.rawclaims import RawClaim
from newsgraph.model import Mention
from newsgraph.resolve.cluster import resolve_mentions
from newsgraph.resolve.judgements import Judgement
from newsgraph.resolve.names import compare_names


def _mention(doc: str, i: int, name: str, kind: str = "person") -> Mention:
    return Mention(doc, i * 100, i * 100 + len(name), name, kind, i * 100, i * 100 + 90, name)  # type: ignore[arg-type]


def _family(first: Mention, second: Mention, predicate: str = "sibling_of") -> RawClaim:
    return RawClaim(
        first.document,
        first.id,
        predicate,
        second.id,
        None,
        None,
        "asserted",
        (),
        0,
        10,
        "",
        None,
        False,
    )


def _together(
    mentions: list[Mention],
    claims: list[RawClaim] | None = None,
    judgements: tuple[Judgement, ...] = (),
) -> dict[str, str]:
    resolution = resolve_mentions(mentions, claims or [], judgements)
    return {m: e.id for e in resolution.entities for m in e.mentions}


MERGE = [
    # (names, kind): every name must end in one entity
    (["Osama bin Laden", "Usama bin Laden"], "person"),
    (["Mohammed Omar", "Muhammad Omar"], "person"),
    (["Anas Haqqani", "Anis Haqqani"], "person"),
    (["Khalil al-Rahman Haqqani", "Khalil al Rahman Haqqani", "Khalil Rahman Haqqani"], "person"),
    (["Osama bin Laden", "Bin Laden"], "person"),
    (["Mullah Abdul Ghani Baradar", "Abdul Ghani Baradar"], "person"),
    (["United Nations", "UN"], "organization"),
    (["Northern Front-K", "Northern Front Khorasan"], "organization"),
    (["UN Security Council", "United Nations Security Council"], "organization"),
    (["Islamic State of Iraq and the Levant", "ISIL"], "organization"),
    (["US Treasury Department", "US Department of the Treasury"], "organization"),
    (["Al-Qaeda", "al Qaeda", "al-Qaeda"], "organization"),
    (["United States", "US"], "location"),
]
APART = [
    (["Sirajuddin Haqqani", "Jalaluddin Haqqani"], "person"),
    (["Dario Krenner", "Osvald Krenner"], "person"),
    (["ISIS", "ISIS-K"], "organization"),
    (["ISIS", "ISIS Khorasan"], "organization"),
    (["Taliban", "Pakistani Taliban"], "organization"),
    (["Red Tide Brigade", "Blue Tide Brigade"], "organization"),
]


@pytest.mark.parametrize(("names", "kind"), MERGE, ids=[" = ".join(n) for n, _ in MERGE])
def test_must_merge(names: list[str], kind: str) -> None:
    mentions = [_mention(f"d{i}", i, n, kind) for i, n in enumerate(names)]
    assert len(set(_together(mentions).values())) == 1


@pytest.mark.parametrize(("names", "kind"), APART, ids=[" / ".join(n) for n, _ in APART])
def test_must_not_merge(names: list[str], kind: str) -> None:
    mentions = [_mention(f"d{i}", i, n, kind) for i, n in enumerate(names)]
    assert len(set(_together(mentions).values())) == len(names)


def test_person_and_the_airport_named_after_him_stay_apart() -> None:
    person = _mention("d1", 1, "Hamid Karzai", "person")
    airport = _mention("d2", 2, "Hamid Karzai International Airport", "location")
    assert len(set(_together([person, airport]).values())) == 2


def test_a_family_tie_forbids_a_merge() -> None:
    first, second = _mention("d1", 1, "Anas Haqqani"), _mention("d1", 2, "Anis Haqqani")
    assert len(set(_together([first, second], [_family(first, second)]).values())) == 2


def test_an_ambiguous_short_form_joins_no_one() -> None:
    mentions = [
        _mention("d1", 1, "Jane Roe"),
        _mention("d2", 2, "Mary Roe"),
        _mention("d3", 3, "Roe"),
    ]
    together = _together(mentions)
    assert len(set(together.values())) == 3


def test_judgements_override_the_scorer() -> None:
    a, b = _mention("d1", 1, "Dario Krenner"), _mention("d2", 2, "D. K. Voss")
    merged = _together(
        [a, b], judgements=(Judgement("J1", "merge", (a.id,), (b.id,), "me", "2026-01-01"),)
    )
    assert merged[a.id] == merged[b.id]
    c, d = _mention("d1", 1, "Osama bin Laden"), _mention("d2", 2, "Usama bin Laden")
    apart = _together(
        [c, d], judgements=(Judgement("J2", "not_same", (c.id,), (d.id,), "me", "2026-01-01"),)
    )
    assert apart[c.id] != apart[d.id]
    later = (
        Judgement("J2", "not_same", (c.id,), (d.id,), "me", "2026-01-01"),
        Judgement("J3", "merge", (c.id,), (d.id,), "me", "2026-01-02"),
    )
    again = _together([c, d], judgements=later)
    assert again[c.id] == again[d.id]


def test_split_detaches_mentions() -> None:
    a, b, c = (
        _mention("d1", 1, "John Smith"),
        _mention("d2", 2, "John Smith"),
        _mention("d3", 3, "John Smith"),
    )
    split = Judgement("J4", "split", (c.id,), (a.id, b.id), "me", "2026-01-01")
    found = _together([a, b, c], judgements=(split,))
    assert found[a.id] == found[b.id] != found[c.id]


@pytest.mark.parametrize(
    ("first", "second", "kind", "same"),
    [
        ("Olaf Scholz", "Olaf Scholze", "person", True),
        ("Vladimir Putin", "Putin Vladimir", "person", True),
        ("Angela Merkel", "Angela Merkur", "person", False),
        ("Siemens AG", "Siemens Aktiengesellschaft", "organization", True),
        ("Volkswagen AG", "Siemens AG", "organization", False),
    ],
)
def test_name_matcher(first: str, second: str, kind: str, same: bool) -> None:
    score = compare_names(first, second, kind)
    assert score.is_match is same, score
