"""One-line labels of exported claims, for tables a person reads."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def claim_label(claim: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """ "Jane Roe bounty 10,000,000 USD", "O1 part_of O2 (denied)"."""
    if claim["object"]:
        obj = names.get(claim["object"], claim["object"])
    else:
        value = claim["value"]
        obj = (
            f"{value:,.0f} {claim['unit'] or ''}".strip()
            if isinstance(value, (int, float))
            else value
        )
    polarity = " (denied)" if claim["polarity"] == "denied" else ""
    return f"{names.get(claim['subject'], claim['subject'])} {claim['predicate']} {obj}{polarity}"
