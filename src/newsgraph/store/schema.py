"""The tables (SQLAlchemy Core); nothing here is specific to one database engine."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = "4"
metadata = MetaData()

meta = Table("meta", metadata, Column("key", String(64), primary_key=True), Column("value", Text))

documents = Table(
    "documents",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("path", Text, nullable=False),
    Column("title", Text),
    Column("outlet", Text),
    Column("author", Text),
    Column("published", String(10)),
    Column("url", Text),
    Column("language", String(8), nullable=False),
    Column("text", Text, nullable=False),
    Column("signature", Text, nullable=False),
    Column("extractor_version", String(32), nullable=False),
)

# Every input path seen, and the document it gave: itself, or the one it duplicates.
sources = Table(
    "sources",
    metadata,
    Column("path", Text, primary_key=True),
    Column("document_id", String(32), ForeignKey("documents.id"), nullable=False),
    Column("kind", String(16), nullable=False),  # original, exact, near
    Column("similarity", Float, nullable=False),
)

document_bands = Table(
    "document_bands",
    metadata,
    Column("band", String(40), nullable=False),
    Column("document_id", String(32), ForeignKey("documents.id"), nullable=False),
    Index("ix_document_bands_band", "band"),
)

skipped = Table(
    "skipped",
    metadata,
    Column("path", Text, primary_key=True),
    Column("reason", Text, nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("document_id", String(32), ForeignKey("documents.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("label", String(16), nullable=False),
    Column("name", Text),
    Column("sentence_start", Integer, nullable=False),
    Column("sentence_end", Integer, nullable=False),
    Index("ix_mentions_document", "document_id"),
)

# What each article states between its own mentions (claims and events as JSON lists),
# replaced whole when the article is extracted again.
extractions = Table(
    "extractions",
    metadata,
    Column("document_id", String(32), ForeignKey("documents.id"), primary_key=True),
    Column("claims", Text, nullable=False),
    Column("events", Text, nullable=False),
)

# Derived by the resolve stage from mentions (and, later, analyst judgements).
entities = Table(
    "entities",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("type", String(16), nullable=False),
    Column("name", Text, nullable=False),
)

entity_mentions = Table(
    "entity_mentions",
    metadata,
    Column("mention_id", String(64), ForeignKey("mentions.id"), primary_key=True),
    Column("entity_id", String(32), ForeignKey("entities.id"), nullable=False),
    Index("ix_entity_mentions_entity", "entity_id"),
)

# Why groups of mentions were joined into one entity (for ``newsgraph explain``); derived.
entity_links = Table(
    "entity_links",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(32), nullable=False),
    Column("first", Text, nullable=False),
    Column("second", Text, nullable=False),
    Column("score", Float, nullable=False),
    Column("features", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Index("ix_entity_links_entity", "entity_id"),
)

# Analyst decisions: data, never derived, never deleted by a build.
judgements = Table(
    "judgements",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("first", Text, nullable=False),  # JSON list of mention ids
    Column("second", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("created", String(32), nullable=False),
    Column("reason", Text, nullable=False),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("subject", String(32), nullable=False),
    Column("predicate", String(64), nullable=False),
    Column("object", String(32)),
    Column("value", Text),
    Column("unit", String(16)),
    Column("polarity", String(16), nullable=False),
    Column("qualifiers", Text, nullable=False),  # JSON object
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("claim_id", String(32)),
    Column("event_id", String(32)),
    Column("document_id", String(32), ForeignKey("documents.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("attributed_to", String(32)),
    Column("hedged", Boolean, nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("type", String(16), nullable=False),
    Column("label", Text, nullable=False),
    Column("date", String(10)),
    Column("location", String(32)),
    Column("killed", Integer),
    Column("injured", Integer),
)

event_participants = Table(
    "event_participants",
    metadata,
    Column("event_id", String(32), ForeignKey("events.id"), primary_key=True),
    Column("entity_id", String(32), primary_key=True),
    Column("role", String(16), primary_key=True),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("subject", String(32), nullable=False),
    Column("predicate", String(64), nullable=False),
    Column("claims", Text, nullable=False),  # JSON list of claim ids
    Column("summary", Text, nullable=False),
    Column("sides", Text, nullable=False),  # JSON: what each side says, its claim, its sentences
)
