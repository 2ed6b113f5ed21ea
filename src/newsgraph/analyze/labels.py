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


ROLE_WORDS = {"perpetrator": "by", "party": "parties:", "target": "against"}


def event_label(event: Mapping[str, Any], names: Mapping[str, str]) -> str:
    """ "truck bombing, Grand Hotel, Lisbon: by O; 96 killed", "founded: O, by P"."""
    label = str(event["label"]).removesuffix(f" ({event['date']})")
    roles: dict[str, list[str]] = {}
    for p in event["participants"]:
        roles.setdefault(p["role"], []).append(names.get(p["entity"], p["entity"]))
    parts = [", ".join(roles.pop("subject", []))]
    words = {**ROLE_WORDS, "party": "by"} if event["type"] == "founding" else ROLE_WORDS
    parts += [f"{words.get(role, role)} {', '.join(who)}" for role, who in roles.items()]
    parts += [f"{event[f]:,} {f}" for f in ("killed", "injured") if event.get(f) is not None]
    details = "; ".join(p for p in parts if p)
    return f"{label}: {details}" if details else label
