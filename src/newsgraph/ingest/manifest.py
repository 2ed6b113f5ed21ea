"""Metadata the analyst supplies for articles: a CSV, JSON or JSON Lines file with one row
per article, its ``path`` and any of title, outlet, author, published (a date at any
precision: "2021-08-27", "2021-08") and url.

A row names its article by a path relative to the manifest's folder, an absolute path or
a bare file name (when only one article has it). What a row states beats what the file or
its text suggests; a row that names no article read in the build is reported.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from newsgraph.errors import InputError
from newsgraph.ingest.decode import decode_bytes
from newsgraph.ingest.metadata import Metadata, metadata_from_record, record_field

PATH_FIELDS = ("path", "file", "filename")


@dataclass
class Manifest:
    """Rows by resolved path, the same rows by bare file name, and the rows looked up."""

    source: Path
    rows: Mapping[Path, Metadata]
    names: Mapping[str, list[Path]]
    used: set[Path] = field(default_factory=set)

    def metadata(self, path: str) -> Metadata | None:
        """What the manifest states for the article at ``path``, if anything."""
        found = self.lookup(path)
        if found is None:
            return None
        self.used.add(found[0])
        return found[1]

    def lookup(self, path: str) -> tuple[Path, Metadata] | None:
        """The row for the article at ``path`` (``file.jsonl#L3`` is looked up as the file)."""
        resolved = Path(path.split("#L")[0]).resolve()
        if resolved in self.rows:
            return resolved, self.rows[resolved]
        same_name = self.names.get(resolved.name, [])
        if len(same_name) == 1 and not same_name[0].exists():
            return same_name[0], self.rows[same_name[0]]
        return None

    def unused(self) -> list[Path]:
        """Rows that named no article looked up so far."""
        return sorted(set(self.rows) - self.used)


def _records(path: Path, text: str) -> list[Any]:
    if path.suffix.lower() == ".csv":
        return list(csv.DictReader(io.StringIO(text)))
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    data = json.loads(text)
    if isinstance(data, dict):  # {"a.txt": {"published": ...}, ...}
        return [{"path": k, **v} if isinstance(v, dict) else v for k, v in data.items()]
    return data if isinstance(data, list) else [data]


def _row(record: Any, base: Path, number: int) -> tuple[Path, Metadata]:
    if not isinstance(record, dict):
        raise InputError(f"row {number} is not an object with a path")
    record = {str(k).strip().lower(): v for k, v in record.items() if k}
    named = record_field(record, PATH_FIELDS)
    if not named:
        raise InputError(f"row {number} has no path (one of {', '.join(PATH_FIELDS)})")
    meta = metadata_from_record(record)
    if record_field(record, ("published", "date")) and meta.published is None:
        raise InputError(f"row {number} ({named}): published is not a date (use 2021-08-27)")
    if not any(getattr(meta, f.name) for f in fields(meta)):
        raise InputError(f"row {number} ({named}) gives no title, outlet, author, published or url")
    return (base / named).resolve(), meta


def load_manifest(path: str | Path) -> Manifest:
    """Read a manifest; any problem is one InputError naming the file and the row."""
    path = Path(path)
    try:
        text = decode_bytes(path.read_bytes())
        records = _records(path, text)
    except OSError as error:
        raise InputError(f"metadata file {path}: cannot read: {error.strerror or error}") from None
    except (ValueError, csv.Error) as error:
        raise InputError(f"metadata file {path}: not valid CSV/JSON: {error}") from None
    rows: dict[Path, Metadata] = {}
    names: dict[str, list[Path]] = {}
    for number, record in enumerate(records, start=1):
        try:
            where, meta = _row(record, path.resolve().parent, number)
        except InputError as error:
            raise InputError(f"metadata file {path}: {error}") from None
        rows[where] = meta
        names.setdefault(where.name, []).append(where)
    return Manifest(path.resolve(), rows, names)
