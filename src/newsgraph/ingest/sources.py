"""Read every article in the given paths, each unreadable input reported and skipped."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from newsgraph.errors import InputError
from newsgraph.ingest.article import RawArticle
from newsgraph.ingest.discover import discover
from newsgraph.ingest.html import read_html
from newsgraph.ingest.jsonl import read_jsonl
from newsgraph.ingest.manifest import Manifest
from newsgraph.ingest.metadata import metadata_from_text
from newsgraph.ingest.plain import read_plain
from newsgraph.model import Skipped

Reader = Callable[[str, bytes], Iterator[RawArticle | Skipped]]

READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".text": read_plain,
    ".md": read_plain,
    ".markdown": read_plain,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
}
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def _completed(item: RawArticle, manifest: Manifest | None) -> RawArticle:
    """The article with the manifest's metadata first, then the file's, then the text's."""
    meta = item.metadata.filled_from(metadata_from_text(item.text))
    declared = manifest.metadata(item.path) if manifest else None
    if declared is not None:
        meta = declared.filled_from(meta)
    return RawArticle(item.path, item.text, meta, declared)


def read_file(
    path: Path, max_bytes: int = DEFAULT_MAX_BYTES, manifest: Manifest | None = None
) -> Iterator[RawArticle | Skipped]:
    """The articles in one file, with metadata completed from the text; never raises."""
    name = str(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        yield Skipped(name, f"unsupported file type {path.suffix or '(none)'!r}")
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            limit = _megabytes(max_bytes)
            yield Skipped(name, f"too large ({_megabytes(size)} > {limit}; raise --max-size)")
            return
        data = path.read_bytes()
        for item in reader(name, data):
            yield _completed(item, manifest) if isinstance(item, RawArticle) else item
    except InputError as error:
        yield Skipped(name, str(error))
    except OSError as error:
        yield Skipped(name, f"cannot read: {error.strerror or error}")


def read_sources(
    paths: Iterable[str | Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    manifest: Manifest | None = None,
) -> Iterator[RawArticle | Skipped]:
    for found in discover(paths):
        if isinstance(found, Skipped):
            yield found
        elif manifest is None or found.resolve() != manifest.source:  # not the manifest itself
            yield from read_file(found, max_bytes, manifest)
