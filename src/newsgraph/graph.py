"""An opened graph database: what the CLI and Python callers read from."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType
from typing import Any

from newsgraph.export.jsonexport import export_json
from newsgraph.store.documents import document_outlets
from newsgraph.store.engine import connect
from newsgraph.store.stats import Stats, collect_stats


class Graph:
    """A newsgraph database, opened for reading."""

    def __init__(self, db: str | Path) -> None:
        self.db = db
        self.engine = connect(db)

    def export(self) -> dict[str, Any]:
        """The JSON export (contract ``newsgraph/1``)."""
        with self.engine.connect() as conn:
            return export_json(conn)

    def outlets(self) -> dict[str, str]:
        """Each document's outlet label."""
        with self.engine.connect() as conn:
            return document_outlets(conn)

    def stats(self) -> Stats:
        with self.engine.connect() as conn:
            return collect_stats(conn)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Graph:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_graph(db: str | Path = "newsgraph.db") -> Graph:
    return Graph(db)
