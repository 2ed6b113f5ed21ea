"""Open a database: a SQLite file by default (WAL, one writer), or any SQLAlchemy URL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.exc import SQLAlchemyError

from newsgraph.errors import StoreError
from newsgraph.store.schema import SCHEMA_VERSION, meta, metadata


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL for ``target``: a URL as given, a path as a SQLite file."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def connect(target: str | Path) -> Engine:
    """An engine on ``target`` with the newsgraph tables created if missing."""
    url = database_url(target)
    try:
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        metadata.create_all(engine)
        with engine.begin() as conn:
            version = conn.execute(select(meta.c.value).where(meta.c.key == "schema")).scalar()
            if version is None:
                conn.execute(meta.insert().values(key="schema", value=SCHEMA_VERSION))
            elif version != SCHEMA_VERSION:
                raise StoreError(
                    f"{target}: database schema {version}, this newsgraph reads {SCHEMA_VERSION}"
                )
    except SQLAlchemyError as error:
        detail = error.args[0] if error.args else error.__class__.__name__
        raise StoreError(f"cannot open database {target}: {detail}") from None
    return engine
