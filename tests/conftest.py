"""Shared fixtures: the model is loaded once per session, the seeds are built once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import newsgraph
from newsgraph.nlp.model import load_nlp

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DEMO = ROOT / "examples" / "demo"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def nlp() -> Any:
    return load_nlp()


@pytest.fixture(scope="session")
def seeds_export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not beside the project")
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    # An analyst's manifest: outlets and publication dates the files do not state.
    newsgraph.build([SEEDS], db=db, metadata=DATA / "seeds_metadata.csv")
    with newsgraph.open(db) as graph:
        return graph.export()


@pytest.fixture(scope="session")
def demo_build(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[newsgraph.BuildReport, dict[str, Any]]:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    report = newsgraph.build([DEMO], db=db)
    with newsgraph.open(db) as graph:
        return report, graph.export()


def entity_named(export: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The entity whose name or alias is ``name``."""
    for entity in export["entities"]:
        if entity["name"] == name or name in entity["aliases"]:
            return entity
    return None
