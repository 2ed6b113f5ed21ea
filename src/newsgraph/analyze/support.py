"""Corroboration: for a claim or an event, the documents, independent outlets and speakers
behind it. Two articles of one outlet count once; a republished wire story was already
recorded as a duplicate at ingest and is not counted again."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def support(evidence: Sequence[Mapping[str, Any]], outlet_of: Mapping[str, str]) -> dict[str, Any]:
    documents = sorted({e["document"] for e in evidence})
    outlets = sorted({outlet_of.get(d, d) for d in documents})
    speakers = sorted({e["attributed_to"] for e in evidence if e["attributed_to"]})
    return {
        "documents": len(documents),
        "outlets": outlets,
        "independent_outlets": len(outlets),
        "speakers": speakers,
        "hedged_only": bool(evidence) and all(e["hedged"] for e in evidence),
    }
