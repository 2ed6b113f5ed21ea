"""Analyst judgements are data: they survive rebuilds and new documents, and are exported."""

from __future__ import annotations

import shutil
from pathlib import Path

from typer.testing import CliRunner

import newsgraph
from newsgraph.cli import app
from newsgraph.pipeline import judge
from tests.conftest import DEMO, SEEDS

runner = CliRunner()


def _entities(db: Path) -> dict[str, str]:
    """Entity name -> id."""
    with newsgraph.open(db) as graph:
        return {e["name"]: e["id"] for e in graph.export()["entities"]}


def test_merge_survives_rebuild_and_new_documents(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(DEMO, corpus)
    db = tmp_path / "g.db"
    newsgraph.build([corpus], db=db)
    before = _entities(db)
    judge.merge(db, "Lena Vasko", "Petra Holm", reason="test: same official", author="analyst")
    merged = _entities(db)
    assert ("Lena Vasko" in merged) != ("Petra Holm" in merged)
    newsgraph.build([corpus], db=db)  # rebuild
    (corpus / "06_new.txt").write_text(
        "Harbor talks resume\n\nPetra Holm met Lena Vasko in Sarn on Monday, officials said.\n"
    )
    newsgraph.build([corpus], db=db)  # and a new document
    after = _entities(db)
    assert after == merged
    with newsgraph.open(db) as graph:
        exported = graph.export()["judgements"]
    assert [(j["kind"], j["author"], j["reason"]) for j in exported] == [
        ("merge", "analyst", "test: same official")
    ]
    untouched = {
        name: ident for name, ident in before.items() if name not in ("Lena Vasko", "Petra Holm")
    }
    assert all(after[name] == ident for name, ident in untouched.items())  # ids stay stable


def test_not_same_and_split(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    newsgraph.build([DEMO], db=db)
    explanation = judge.explain(db, "Dario Krenner")
    mentions = [m for items in explanation.groups.values() for m, _ in items]
    assert len(mentions) >= 4
    judge.split(db, "Dario Krenner", mentions[:1], reason="a different Dario")
    with newsgraph.open(db) as graph:
        data = graph.export()
    owners = {m: e["id"] for e in data["entities"] for m in judge_mentions(db, e["id"])}
    assert owners[mentions[0]] != owners[mentions[1]]
    newsgraph.build([DEMO], db=db)
    with newsgraph.open(db) as graph:
        assert len(graph.export()["judgements"]) == 1


def judge_mentions(db: Path, entity: str) -> list[str]:
    from newsgraph.store.engine import connect

    engine = connect(db)
    with engine.connect() as conn:
        found = judge.mentions_of(conn, entity)
    engine.dispose()
    return found


def test_cli_explain_merge_not_same(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    runner.invoke(app, ["build", str(SEEDS), "--db", db, "-q"])
    explained = runner.invoke(app, ["explain", "Anas Haqqani", "--db", db])
    assert explained.exit_code == 0, explained.output
    assert "anis haqqani" in explained.output and "transliteration" in explained.output
    same = runner.invoke(app, ["not-same", "Anas Haqqani", "Anis", "--db", db])
    assert same.exit_code == 1 and "already one entity" in same.output
    apart = runner.invoke(
        app,
        ["not-same", "Sirajuddin Haqqani", "Jalaluddin Haqqani", "--db", db, "--why", "brothers"],
    )
    assert apart.exit_code == 0 and "judgement" in apart.output
    missing = runner.invoke(app, ["merge", "Nobody Atall", "Taliban", "--db", db])
    assert missing.exit_code == 1 and "no entity has that name" in missing.output
