"""End to end on the seed articles and the demo corpus: quality, idempotence, interruption."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, func, select, text

import newsgraph
from newsgraph.export.jsonexport import validate_export
from newsgraph.store.schema import documents
from tests.conftest import DATA, DEMO, SEEDS, SHARED, entity_named

SEED_ENTITIES = [
    # name as written, type it must have, the canonical name it must resolve to
    ("Khalil al-Rahman Haqqani", "person", "Khalil al-Rahman Haqqani"),
    ("Khalil Haqqani", "person", "Khalil al-Rahman Haqqani"),
    ("Khalil Rahman Haqqani", "person", "Khalil al-Rahman Haqqani"),
    ("Jalaluddin Haqqani", "person", "Jalaluddin Haqqani"),
    ("Jalaluddin", "person", "Jalaluddin Haqqani"),
    ("Sirajuddin Haqqani", "person", "Sirajuddin Haqqani"),
    ("Sirajuddin", "person", "Sirajuddin Haqqani"),
    ("Anas Haqqani", "person", "Anas Haqqani"),
    ("Anas", "person", "Anas Haqqani"),
    ("Hamid Karzai", "person", "Hamid Karzai"),
    ("Ned Price", "person", "Ned Price"),
    ("Price", "person", "Ned Price"),
    ("Abdul Ghani Baradar", "person", "Abdul Ghani Baradar"),
    ("Zabihullah Mujahid", "person", "Zabihullah Mujahid"),
    ("Haqqani Network", "organization", "Haqqani Network"),
    ("Taliban", "organization", "Taliban"),
    ("Pakistani Taliban", "organization", "Pakistani Taliban"),
    ("National Reconciliation Council", "organization", "National Reconciliation Council"),
    ("State Department", "organization", "State Department"),
    ("CENTCOM", "organization", "US Central Command"),
    ("SITE Intelligence Group", "organization", "SITE Intelligence Group"),
    ("Serena Hotel", "location", "Serena Hotel"),
    ("Abbey Gate", "location", "Abbey Gate"),
    ("Hamid Karzai International Airport", "location", "Hamid Karzai International Airport"),
]
NOT_ENTITIES = [
    "Haqqani",
    "Haqqanis",
    "Haqqani Network Hand",
    "CIA Sow",
    "US General",
    "Daesh Affiliate",
    "Islam",
    "State",
]


@pytest.mark.parametrize(("surface", "kind", "canonical"), SEED_ENTITIES)
def test_seed_entities(
    seeds_export: dict[str, Any], surface: str, kind: str, canonical: str
) -> None:
    entity = entity_named(seeds_export, surface)
    assert entity is not None, surface
    assert (entity["type"], entity["name"]) == (kind, canonical)


@pytest.mark.parametrize("surface", NOT_ENTITIES)
def test_seed_non_entities(seeds_export: dict[str, Any], surface: str) -> None:
    assert entity_named(seeds_export, surface) is None


def test_seed_surnames_keep_four_people_apart(seeds_export: dict[str, Any]) -> None:
    ids = {
        entity_named(seeds_export, n)["id"]
        for n in ("Khalil Haqqani", "Jalaluddin Haqqani", "Sirajuddin Haqqani", "Anas Haqqani")
    }  # type: ignore[index]
    assert len(ids) == 4


def test_seed_quality_by_the_shared_scorer(seeds_export: dict[str, Any], tmp_path: Path) -> None:
    scorer = SHARED / "tools" / "score_export.py"
    exported = tmp_path / "seeds.json"
    exported.write_text(json.dumps(seeds_export))
    run = subprocess.run(
        [sys.executable, str(scorer), str(DATA / "seeds_gold.json"), str(exported), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(run.stdout)
    assert scores["entity_precision"] >= 0.9
    assert scores["entity_recall"] >= 0.95
    assert scores["wrong_merges"] == 0
    assert scores["relation_precision_on_gold_entities"] >= 0.85
    assert scores["relation_recall"] >= 0.8
    assert scores["bounties"].startswith("3/3")
    assert scores["events"] == "10/10"
    assert scores["conflicts"].startswith("5/5")


def test_export_validates_and_documents_have_metadata(seeds_export: dict[str, Any]) -> None:
    validate_export(seeds_export)
    by_name = {Path(d["path"]).name[:3]: d for d in seeds_export["documents"]}
    assert by_name["000"]["outlet"] == "OpIndia"
    assert by_name["003"]["author"] == "Jerry Dunleavy"
    assert by_name["004"]["outlet"] == "EurAsian Times"
    assert all(d["title"] for d in seeds_export["documents"])


def test_demo_build_reports_duplicates_and_bad_lines(
    demo_build: tuple[newsgraph.BuildReport, dict[str, Any]],
) -> None:
    report, export = demo_build
    validate_export(export)
    assert report.added == 5
    assert [(Path(p).name, kind) for p, _, kind in report.duplicates] == [
        ("05_harbor_daily_republished.txt", "near")
    ]
    assert [(Path(s.path).name, s.reason) for s in report.skipped] == [
        ("04_agencies.jsonl#L2", "line 2 is not valid JSON (Expecting value)")
    ]
    assert entity_named(export, "Marta Ilves")["type"] == "person"  # type: ignore[index]  # the byline
    krenners = {e["name"] for e in export["entities"] if e["name"].endswith("Krenner")}
    assert krenners == {"Osvald Krenner", "Dario Krenner", "Ilya Krenner"}
    assert entity_named(export, "CSU")["name"] == "Coastal States Union"  # type: ignore[index]


SEEDS_METADATA = DATA / "seeds_metadata.csv"


def test_rebuild_changes_nothing(tmp_path: Path, seeds_export: dict[str, Any]) -> None:
    """Nor does a rebuild without the manifest lose what the analyst's manifest stated."""
    db = tmp_path / "g.db"
    newsgraph.build([SEEDS], db=db, metadata=SEEDS_METADATA)
    again = newsgraph.build([SEEDS], db=db)
    assert (again.added, again.unchanged, again.duplicates, again.updated) == (0, 5, [], 0)
    with newsgraph.open(db) as graph:
        assert graph.export() == seeds_export


def test_manifest_given_later_updates_stored_documents(
    tmp_path: Path, seeds_export: dict[str, Any]
) -> None:
    db = tmp_path / "g.db"
    newsgraph.build([SEEDS], db=db)
    with newsgraph.open(db) as graph:
        assert {d["published"] for d in graph.export()["documents"]} == {None}
    later = newsgraph.build([SEEDS], db=db, metadata=SEEDS_METADATA)
    assert (later.added, later.updated, later.reextracted) == (0, 5, 5)
    with newsgraph.open(db) as graph:
        assert graph.export() == seeds_export


def test_interrupted_build_is_completed_by_the_next(
    tmp_path: Path, seeds_export: dict[str, Any]
) -> None:
    db = tmp_path / "g.db"

    def stop_after_first_batch(_: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        newsgraph.build(
            [SEEDS],
            db=db,
            batch_size=2,
            progress=stop_after_first_batch,
            metadata=SEEDS_METADATA,
        )
    with newsgraph.open(db) as graph:
        assert graph.stats().documents == 2
    newsgraph.build([SEEDS], db=db, batch_size=2, metadata=SEEDS_METADATA)
    with newsgraph.open(db) as graph:
        assert graph.export() == seeds_export


def test_killed_build_process_is_completed_by_the_next(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    code = f"import newsgraph; newsgraph.build([{str(SEEDS)!r}, {str(DEMO)!r}], db={str(db)!r}, batch_size=1)"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    process = subprocess.Popen([sys.executable, "-c", code], env=env)
    stored = _wait_for_documents(db, process)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 1 <= stored < 10, "the build must be killed mid-way for this test to mean anything"
    newsgraph.build([SEEDS, DEMO], db=db, batch_size=1)
    reference = tmp_path / "ref.db"
    newsgraph.build([SEEDS, DEMO], db=reference)
    with newsgraph.open(db) as killed, newsgraph.open(reference) as clean:
        assert killed.export() == clean.export()


def _wait_for_documents(db: Path, process: subprocess.Popen[bytes]) -> int:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if db.exists():
            try:
                engine = create_engine(f"sqlite:///{db}")
                with engine.connect() as conn:
                    conn.execute(text("PRAGMA busy_timeout=1000"))
                    count = int(
                        conn.execute(select(func.count()).select_from(documents)).scalar() or 0
                    )
                engine.dispose()
                if count >= 2:
                    return count
            except Exception:  # the table may not exist yet
                pass
        time.sleep(0.02)
    raise AssertionError("the build finished or stalled before it could be killed")


def test_new_extractor_version_reextracts_stored_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "g.db"
    newsgraph.build([DEMO], db=db)
    monkeypatch.setattr("newsgraph.pipeline.build.EXTRACTOR_VERSION", "test-next")
    report = newsgraph.build([DEMO], db=db)
    assert (report.added, report.reextracted) == (0, 5)


def _claims_named(export: dict[str, Any]) -> dict[tuple[str, str, object, str], dict[str, Any]]:
    """Claims by names; a symmetric claim under both orders of its two entities."""
    names = {e["id"]: e["name"] for e in export["entities"]}
    found = {}
    for c in export["claims"]:
        subject, obj = names[c["subject"]], names.get(c["object"], c["value"])
        found[(subject, c["predicate"], obj, c["polarity"])] = c
        if c["predicate"] in SYMMETRIC:
            found[(obj, c["predicate"], subject, c["polarity"])] = c
    return found


SYMMETRIC = {"sibling_of", "spouse_of", "relative_of", "allied_with", "opposed_to"}
SEED_CLAIMS = [
    # subject, predicate, object or value, polarity, a word the evidence sentence must contain
    ("Jalaluddin Haqqani", "founder_of", "Haqqani Network", "asserted", "founder"),
    ("Khalil al-Rahman Haqqani", "sibling_of", "Jalaluddin Haqqani", "asserted", "brother"),
    ("Anas Haqqani", "child_of", "Jalaluddin Haqqani", "asserted", "son"),
    ("Sirajuddin Haqqani", "nephew_of", "Khalil al-Rahman Haqqani", "asserted", "uncle"),
    ("Sirajuddin Haqqani", "deputy_leader_of", "Taliban", "asserted", "deputy"),
    ("Zabihullah Mujahid", "spokesperson_of", "Taliban", "asserted", "spokesperson"),
    ("Haqqani Network", "part_of", "Taliban", "asserted", "offshoot"),
    ("Haqqani Network", "part_of", "Taliban", "denied", "separate"),
    ("Haqqani Network", "allied_with", "Al-Qaeda", "asserted", "ties"),
    ("Khalil al-Rahman Haqqani", "bounty", 5_000_000.0, "asserted", "$5"),
    ("Haqqani Network", "designated_terrorist_by", "US", "asserted", "designated"),
]


@pytest.mark.parametrize(("subject", "predicate", "obj", "polarity", "word"), SEED_CLAIMS)
def test_seed_claims_with_their_sentences(
    seeds_export: dict[str, Any],
    subject: str,
    predicate: str,
    obj: object,
    polarity: str,
    word: str,
) -> None:
    claim = _claims_named(seeds_export).get((subject, predicate, obj, polarity))
    assert claim is not None, (subject, predicate, obj, polarity)
    texts = {d["id"]: d for d in seeds_export["documents"]}
    assert any(word in e["text"] for e in claim["evidence"])
    for evidence in claim["evidence"]:
        assert evidence["document"] in texts


def test_seed_evidence_points_at_the_sentence(tmp_path: Path, seeds_export: dict[str, Any]) -> None:
    originals = {
        d["id"]: Path(d["path"]).read_text(encoding="utf-8") for d in seeds_export["documents"]
    }
    for claim in seeds_export["claims"]:
        for evidence in claim["evidence"]:
            stated = originals[evidence["document"]][evidence["start"] : evidence["end"]]
            assert stated.strip() == evidence["text"]


def test_seed_attack_with_year_place_and_toll(seeds_export: dict[str, Any]) -> None:
    names = {e["id"]: e["name"] for e in seeds_export["entities"]}
    attacks = [
        (e["date"], names.get(e["location"]), e["killed"])
        for e in seeds_export["events"]
        if e["type"] == "attack"
    ]
    assert ("2017", "Kabul", 96) in attacks
    assert ("2008", "Kabul", 58) in attacks


def test_demo_second_story_claims(demo_build: tuple[newsgraph.BuildReport, dict[str, Any]]) -> None:
    _, export = demo_build
    claims = _claims_named(export)
    for key in [
        ("Osvald Krenner", "founder_of", "Red Tide Brigade", "asserted"),
        ("Dario Krenner", "leader_of", "Red Tide Brigade", "asserted"),
        ("Dario Krenner", "child_of", "Osvald Krenner", "asserted"),
        ("Anika Moreau", "leader_of", "Federal Security Bureau", "asserted"),
        ("Dario Krenner", "bounty", 2_000_000.0, "asserted"),
        ("Red Tide Brigade", "designated_terrorist_by", "Coastal States Union", "asserted"),
    ]:
        assert key in claims, key


SEED_CONFLICTS = [
    # kind, predicate, names that must all appear in the summary
    ("value", "bounty", ["Sirajuddin Haqqani", "5,000,000", "10,000,000"]),
    (
        "functional",
        "leader_of",
        ["Haqqani Network", "Khalil al-Rahman Haqqani", "Sirajuddin Haqqani"],
    ),
    ("polarity", "part_of", ["Haqqani Network", "Taliban"]),
    ("polarity", "allied_with", ["Al-Qaeda", "Taliban"]),
    ("polarity", "present_in", ["Al-Qaeda", "Afghanistan"]),
]


@pytest.mark.parametrize(("kind", "predicate", "words"), SEED_CONFLICTS)
def test_seed_conflicts(
    seeds_export: dict[str, Any], kind: str, predicate: str, words: list[str]
) -> None:
    found = [
        c for c in seeds_export["conflicts"] if (c["kind"], c["predicate"]) == (kind, predicate)
    ]
    assert any(all(w in c["summary"] for w in words) for c in found), [c["summary"] for c in found]


def test_seed_compatible_figures_are_not_conflicts(seeds_export: dict[str, Any]) -> None:
    khalil = entity_named(seeds_export, "Khalil al-Rahman Haqqani")
    assert khalil is not None
    assert not [
        c
        for c in seeds_export["conflicts"]
        if c["subject"] == khalil["id"] and c["predicate"] == "bounty"
    ]


def test_seed_timeline_runs_from_the_1980s_to_august_2021(seeds_export: dict[str, Any]) -> None:
    from newsgraph.analyze.timeline import timeline
    from newsgraph.text.when import precision, sort_key

    entries = timeline(seeds_export)
    dates = [e.date for e in entries]
    assert dates == sorted(dates, key=sort_key)
    assert (dates[0], entries[0].kind) == ("1980s", "founding")
    assert "Haqqani Network" in entries[0].label and "Jalaluddin Haqqani" in entries[0].label
    assert dates[-1] == "2021-08-26"  # "on Thursday", against the manifest's publication date
    assert "Hamid Karzai International Airport" in entries[-1].label
    assert {e.precision for e in entries} == {"decade", "year", "month", "day"}
    assert all(e.precision == precision(e.date) for e in entries)


def _events_of(export: dict[str, Any], kind: str, date: str) -> list[dict[str, Any]]:
    return [e for e in export["events"] if (e["type"], e["date"]) == (kind, date)]


@pytest.mark.parametrize(
    ("kind", "date", "occurrences", "documents"),
    [
        ("founding", "1980s", 1, 3),  # "emerged in the 1980s", "founded ... in the 80s", undated
        ("attack", "2008", 2, 3),  # the Serena Hotel (two reports) and the Indian embassy
        ("attack", "2012", 1, 2),  # "the 2012 attack on a US base in Khost", "the one on ..."
        ("attack", "2017", 1, 2),  # "the 2017 truck bombing", "the one that took place in 2017"
        ("release", "2019-11", 1, 2),  # "released ... in 2019" joins "in November 2019"
        ("agreement", "2020-02-29", 1, 3),  # "February 2020" twice joins "February 29, 2020"
        ("attack", "2021-08-26", 1, 2),  # the airport bombing, "on Thursday" in two outlets
    ],
)
def test_seed_events_of_one_occurrence_appear_once(
    seeds_export: dict[str, Any], kind: str, date: str, occurrences: int, documents: int
) -> None:
    found = _events_of(seeds_export, kind, date)
    assert len(found) == occurrences, [e["label"] for e in found]
    assert sum(e["support"]["documents"] for e in found) == documents


def test_seed_event_keeps_every_sentence_that_reports_it(seeds_export: dict[str, Any]) -> None:
    """The perpetrator comes from "claimed by ...", a later sentence of the same article: that
    sentence is evidence too, with its speaker."""
    (attack,) = _events_of(seeds_export, "attack", "2021-08-26")
    texts = [e["text"] for e in attack["evidence"]]
    assert any("have been claimed by" in t for t in texts), texts
    kirby = entity_named(seeds_export, "John Kirby")
    assert kirby is not None
    assert kirby["id"] in {e["attributed_to"] for e in attack["evidence"]}
    assert len({e["document"] for e in attack["evidence"]}) == 2


def test_seed_airport_tolls_are_compatible(seeds_export: dict[str, Any]) -> None:
    """ "60 Afghans and 13 US troops" (73) and "Thirteen U.S. service members and dozens of
    Afghan civilians" (37 to 112) are one toll at their precision: no conflict."""
    (attack,) = _events_of(seeds_export, "attack", "2021-08-26")
    assert attack["killed"] == 73
    assert not [c for c in seeds_export["conflicts"] if c["predicate"] in ("killed", "injured")]


SEED_MUST_MERGE = [
    ["Anas Haqqani", "Anis Haqqani", "Anis"],
    [
        "Khalil al-Rahman Haqqani",
        "Khalil Haqqani",
        "Khalil Rahman Haqqani",
        "Khalil al Rahman Haqqani",
    ],
    ["Osama bin Laden", "Bin Laden", "bin Laden"],
    ["United Nations", "UN"],
    ["ISIS-K", "ISIS Khorasan"],
    ["Al-Qaeda", "al Qaeda", "al-Qaeda"],
    ["US Treasury Department", "US Department of the Treasury"],
]
SEED_MUST_NOT_MERGE = [
    ["Sirajuddin Haqqani", "Jalaluddin Haqqani", "Khalil Haqqani", "Anas Haqqani"],
    ["Taliban", "Pakistani Taliban"],
    ["ISIS", "ISIS-K"],
    ["ISIS", "ISIS Khorasan"],
    ["Hamid Karzai", "Hamid Karzai International Airport"],
]


@pytest.mark.parametrize("names", SEED_MUST_MERGE, ids=[n[0] for n in SEED_MUST_MERGE])
def test_seed_spellings_are_one_entity(seeds_export: dict[str, Any], names: list[str]) -> None:
    found = [entity_named(seeds_export, n) for n in names]
    assert all(found), names
    assert len({e["id"] for e in found if e}) == 1


@pytest.mark.parametrize("names", SEED_MUST_NOT_MERGE, ids=[n[0] for n in SEED_MUST_NOT_MERGE])
def test_seed_different_entities_stay_apart(seeds_export: dict[str, Any], names: list[str]) -> None:
    found = [entity_named(seeds_export, n) for n in names]
    assert all(found), names
    assert len({e["id"] for e in found if e}) == len(names)


def test_two_model_processes_give_the_same_graph(
    tmp_path: Path, demo_build: tuple[newsgraph.BuildReport, dict[str, Any]]
) -> None:
    db = tmp_path / "parallel.db"
    newsgraph.build([DEMO], db=db, processes=2)
    with newsgraph.open(db) as graph:
        assert graph.export() == demo_build[1]
