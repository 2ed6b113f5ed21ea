"""``build``: read articles, annotate and extract the new ones, store them, resolve entities.

Each batch of documents is written in one transaction, and entities are derived from
the stored mentions at the end, so a build killed mid-way leaves a database that the
next build completes, with nothing duplicated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Connection, Engine

from newsgraph.analyze.conflicts import Namer, find_conflicts
from newsgraph.extract.document import Extraction, extract_document
from newsgraph.extract.version import EXTRACTOR_VERSION
from newsgraph.ingest.article import RawArticle
from newsgraph.ingest.manifest import load_manifest
from newsgraph.ingest.sources import DEFAULT_MAX_BYTES, read_sources
from newsgraph.model import Document, Skipped
from newsgraph.nlp.pipeline import annotate
from newsgraph.pipeline.admit import Admission, Admissions
from newsgraph.pipeline.report import BuildReport
from newsgraph.resolve.claims import resolve_claims
from newsgraph.resolve.cluster import resolve_mentions
from newsgraph.resolve.events import resolve_events
from newsgraph.store.documents import (
    add_document,
    document_outlets,
    record_skipped,
    record_source,
    set_version,
    stale_documents,
    update_metadata,
)
from newsgraph.store.engine import connect
from newsgraph.store.entities import replace_entities
from newsgraph.store.extractions import all_extractions, replace_extraction
from newsgraph.store.facts import replace_facts
from newsgraph.store.judgements import all_judgements, previous_entities, replace_links
from newsgraph.store.mentions import all_mentions, replace_mentions

BATCH_DOCUMENTS = 32
T = TypeVar("T")
Progress = Callable[[int], None]


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _extract(docs: list[Document], processes: int) -> dict[str, Extraction]:
    return {
        doc.id: extract_document(doc, pieces)
        for doc, pieces in zip(docs, annotate([d.text for d in docs], processes), strict=True)
    }


def _store_extraction(conn: Connection, document_id: str, found: Extraction) -> None:
    replace_mentions(conn, document_id, found.mentions)
    replace_extraction(conn, document_id, found.claims, found.events)


def _store_batch(
    engine: Engine, items: list[RawArticle | Skipped], options: BuildOptions, report: BuildReport
) -> None:
    found = [i for i in items if isinstance(i, Skipped)]
    admissions = Admissions(near_duplicates=options.near_duplicates)
    with engine.connect() as conn:
        decided: list[Admission] = [
            admissions.admit(conn, i) for i in items if isinstance(i, RawArticle)
        ]
    new = [a for a in decided if a.kind == "new"]
    extracted = _extract([a.document for a in new], options.processes)
    with engine.begin() as conn:
        for a in new:
            add_document(conn, a.document, a.signature, a.url, EXTRACTOR_VERSION)
            _store_extraction(conn, a.document.id, extracted[a.document.id])
            record_source(conn, a.document.path, a.document.id, "original", 1.0)
            report.words += len(a.document.text.split())
        for a in decided:
            if a.kind == "unchanged" and a.declared:
                report.updated += update_metadata(conn, a.document, a.url)
            if a.kind in ("exact", "near") and a.of is not None:
                record_source(conn, a.document.path, a.of, a.kind, a.similarity)
                report.duplicates.append((a.document.path, a.of, a.kind))
        record_skipped(conn, found)
    report.added += len(new)
    report.unchanged += sum(a.kind == "unchanged" for a in decided)
    report.skipped.extend(found)


def _reextract_stale(engine: Engine, options: BuildOptions, report: BuildReport) -> None:
    """Documents stored by an older extractor are extracted again from their stored text."""
    with engine.connect() as conn:
        stale = stale_documents(conn, EXTRACTOR_VERSION)
    for batch in _batches(stale, BATCH_DOCUMENTS):
        extracted = _extract(batch, options.processes)
        with engine.begin() as conn:
            for doc in batch:
                _store_extraction(conn, doc.id, extracted[doc.id])
                set_version(conn, doc.id, EXTRACTOR_VERSION)
        report.reextracted += len(batch)


def resolve(engine: Engine) -> int:
    """Derive entities, claims and events from what is stored; returns how many entities."""
    with engine.begin() as conn:
        stated = list(all_extractions(conn))
        resolution = resolve_mentions(
            all_mentions(conn),
            (c for found, _ in stated for c in found),
            all_judgements(conn),
            previous_entities(conn),
        )
        entities = resolution.entities
        replace_entities(conn, entities)
        replace_links(conn, resolution.links)
        entity_of = {mention: e.id for e in entities for mention in e.mentions}
        claims = resolve_claims((c for found, _ in stated for c in found), entity_of)
        resolved = resolve_events((e for _, found in stated for e in found), entity_of)
        namer = Namer({e.id: e.name for e in entities}, document_outlets(conn))
        labels = {e.id: e.label for e in resolved.events}
        disagreements = find_conflicts(claims, resolved.tolls, namer, labels)
        replace_facts(conn, claims, resolved.events, disagreements)
    return len(entities)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    processes: int = 1
    max_bytes: int = DEFAULT_MAX_BYTES
    near_duplicates: bool = True


def build(
    paths: Iterable[str | Path],
    db: str | Path = "newsgraph.db",
    *,
    processes: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    near_duplicates: bool = True,
    batch_size: int = BATCH_DOCUMENTS,
    progress: Progress | None = None,
    metadata: str | Path | None = None,
) -> BuildReport:
    """Add the articles under ``paths`` to the graph in ``db`` and bring the entities up to date.

    Each batch of ``batch_size`` inputs is committed on its own; ``progress`` is called
    with the number of inputs done after each. ``metadata`` names the analyst's manifest
    (CSV or JSON: path, title, outlet, author, published, url), which beats what the
    articles state; a bad manifest stops the build before anything is written.
    """
    options = BuildOptions(processes, max_bytes, near_duplicates)
    manifest = load_manifest(metadata) if metadata is not None else None
    engine = connect(db)
    report = BuildReport()
    try:
        for batch in _batches(read_sources(paths, max_bytes, manifest), batch_size):
            _store_batch(engine, batch, options, report)
            if progress:
                progress(len(batch))
        if manifest is not None:
            report.unused_metadata = [str(p) for p in manifest.unused()]
        _reextract_stale(engine, options, report)
        report.entities = resolve(engine)
    finally:
        engine.dispose()
    return report
