"""Claims between entities: doc-local claims mapped through entities, merged with their evidence.

The same fact stated in several sentences (or outlets) is one claim with several pieces
of evidence; a claim whose subject or object joined no entity (an ambiguous mention) is
dropped rather than guessed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import replace

from newsgraph.extract.rawclaims import RawClaim
from newsgraph.model import Claim, Evidence
from newsgraph.vocabulary import load_vocabulary

ENTITY_QUALIFIERS = frozenset({"issuer"})


def stable_id(prefix: str, *parts: object) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return prefix + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _qualifiers(raw: RawClaim, entity_of: Mapping[str, str]) -> dict[str, str]:
    out = {}
    for key, value in raw.qualifiers:
        if key in ENTITY_QUALIFIERS:
            if value in entity_of:
                out[key] = entity_of[value]
        else:
            out[key] = value
    return out


def evidence_of(raw: RawClaim, entity_of: Mapping[str, str]) -> Evidence:
    return Evidence(
        document=raw.document,
        start=raw.sentence_start,
        end=raw.sentence_end,
        text=raw.text,
        attributed_to=entity_of.get(raw.speaker) if raw.speaker else None,
        hedged=raw.hedged,
    )


def resolve_claims(raws: Iterable[RawClaim], entity_of: Mapping[str, str]) -> list[Claim]:
    vocabulary = load_vocabulary()
    claims: dict[str, Claim] = {}
    for raw in raws:
        subject = entity_of.get(raw.subject)
        obj = entity_of.get(raw.object) if raw.object else None
        if subject is None or (raw.object and obj is None) or subject == obj:
            continue
        if vocabulary.predicate(raw.predicate).symmetric and obj is not None and obj < subject:
            subject, obj = obj, subject
        qualifiers = _qualifiers(raw, entity_of)
        identity = (
            subject,
            raw.predicate,
            obj,
            raw.value,
            raw.unit,
            raw.polarity,
            sorted(qualifiers.items()),
        )
        claim_id = stable_id("C", *identity)
        evidence = evidence_of(raw, entity_of)
        known = claims.get(claim_id)
        if known is None:
            claims[claim_id] = Claim(
                claim_id,
                subject,
                raw.predicate,
                obj,
                raw.value,
                raw.unit,
                raw.polarity,  # type: ignore[arg-type]
                qualifiers,
                (evidence,),
            )
        elif evidence not in known.evidence:
            claims[claim_id] = replace(known, evidence=(*known.evidence, evidence))
    return sorted(claims.values(), key=lambda c: c.id)
