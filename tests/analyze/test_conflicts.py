"""Pairs of reports from two outlets: the conflicts that must be found, and near misses that must not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsgraph

FOUND = [
    (
        "The Coastal States Union is offering a $5 million reward for information leading to the arrest of Dario Krenner.",
        "The Coastal States Union is offering a $10 million reward for information leading to the arrest of Dario Krenner.",
        ("value", "bounty"),
    ),
    (
        "Dario Krenner is the current head of the Red Tide Brigade.",
        "Peter Krenner is the current head of the Red Tide Brigade.",
        ("functional", "leader_of"),
    ),
    (
        "The Red Tide Brigade has close ties with the Blue Harbor Syndicate.",
        "The Red Tide Brigade has denied any association with the Blue Harbor Syndicate.",
        ("polarity", "allied_with"),
    ),
    (
        "A bomb attack at the Grand Hotel in Kabul in 2019 killed 12 people.",
        "A bomb attack on the Grand Hotel in Kabul in 2019 killed 40 people.",
        ("value", "killed"),
    ),
    (
        "A bomb attack in Kabul on 12 March 2019 killed 12 people.",
        "A suicide bombing in Kabul on March 12, 2019 left 40 people dead.",
        ("value", "killed"),
    ),
]
NEAR_MISSES = [
    (
        "Dario Krenner, with a $5m bounty on his head, was seen in Sarn.",
        "The Coastal States Union is offering a $5 million reward for information leading to the arrest of Dario Krenner.",
    ),
    (
        "Dario Krenner is the current head of the Red Tide Brigade.",
        "Osvald Krenner, the former head of the Red Tide Brigade, died in 2018.",
    ),
    (
        "The Red Tide Brigade has close ties with the Blue Harbor Syndicate.",
        "The Red Tide Brigade has close links with the Blue Harbor Syndicate.",
    ),
    (
        "A bomb attack at the Grand Hotel in Kabul in 2019 killed dozens of people.",
        "A bomb attack at the Grand Hotel in Kabul in 2019 killed 40 people.",
    ),
    (  # compatible at their precision: 73 is within 13 + "dozens"
        "A suicide bombing at the airport in Kabul on 26 August 2021 left 60 Afghans and 13 US troops dead.",
        "Thirteen service members and dozens of Afghan civilians were killed in a suicide bombing outside Kabul airport on August 26, 2021.",
    ),
    (  # two attacks in one town in one year may be two attacks: not one toll in dispute
        "A bomb attack in Kabul in 2019 killed 12 people.",
        "A bomb attack in Kabul in 2019 killed 40 people.",
    ),
]


def _build(tmp_path: Path, first: str, second: str) -> dict[str, Any]:
    lines = [
        {"text": f"Report one\n\n{first}\n", "outlet": "First Daily", "published": "2021-08-28"},
        {"text": f"Report two\n\n{second}\n", "outlet": "Second Wire", "published": "2021-08-29"},
    ]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(line) for line in lines))
    db = tmp_path / "g.db"
    newsgraph.build([feed], db=db)
    with newsgraph.open(db) as graph:
        return graph.export()


@pytest.mark.parametrize(
    ("first", "second", "expected"), FOUND, ids=[f"{f[2][1]}-{i}" for i, f in enumerate(FOUND)]
)
def test_conflict_found(
    nlp: Any, tmp_path: Path, first: str, second: str, expected: tuple[str, str]
) -> None:
    export = _build(tmp_path, first, second)
    found = {(c["kind"], c["predicate"]) for c in export["conflicts"]}
    assert expected in found, export["conflicts"]
    conflict = next(c for c in export["conflicts"] if (c["kind"], c["predicate"]) == expected)
    outlets = {e["document"] for side in conflict["sides"] for e in side["evidence"]}
    assert len(outlets) == 2  # both sides, each with its own sentence
    assert conflict["summary"]


@pytest.mark.parametrize(
    ("first", "second"),
    NEAR_MISSES,
    ids=["same-amount", "former-head", "same-tie", "toll-in-range", "sum-in-range", "two-attacks"],
)
def test_near_miss_is_not_a_conflict(nlp: Any, tmp_path: Path, first: str, second: str) -> None:
    export = _build(tmp_path, first, second)
    assert export["conflicts"] == []


def test_corroboration_counts_outlets_once(nlp: Any, tmp_path: Path) -> None:
    export = _build(
        tmp_path,
        "The Red Tide Brigade has close ties with the Blue Harbor Syndicate.",
        "Officials say the Red Tide Brigade has close ties with the Blue Harbor Syndicate.",
    )
    (claim,) = [c for c in export["claims"] if c["predicate"] == "allied_with"]
    assert claim["support"]["documents"] == 2
    assert claim["support"]["outlets"] == ["First Daily", "Second Wire"]
