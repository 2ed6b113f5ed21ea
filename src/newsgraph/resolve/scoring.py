"""Pairwise scoring of two name groups, feature by feature, so that every merge explains itself."""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from newsgraph.resolve.blocking import acronym, generic_words
from newsgraph.resolve.evidence import RelationEvidence
from newsgraph.resolve.groups import NameGroup
from newsgraph.resolve.names import MATCH_THRESHOLD, compare_names
from newsgraph.resolve.skeleton import same_skeleton, skeleton

SHARED_RELATIVE_BONUS = 0.1
TRANSLITERATION_SCORE = 0.9
ACRONYM_SCORE = 0.9
SHORT_FORM_SCORE = 0.8
PREFILTER_RATIO = 60  # below this edit ratio two names are never alike enough to compare fully


@dataclass(frozen=True)
class Link:
    """The verdict on two name groups: a score from 0 to 1 and the features behind it."""

    first: str
    second: str
    score: float
    features: dict[str, float] = field(default_factory=dict)
    reason: str = ""

    @property
    def joins(self) -> bool:
        return self.score >= MATCH_THRESHOLD


def _is_short_form(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    return 0 < len(short) < len(long) and (
        long[-len(short) :] == short or long[: len(short)] == short
    )


def _alike_enough(a: NameGroup, b: NameGroup) -> bool:
    """A cheap first look (edit ratio of the keys) before the full name comparison."""
    return fuzz.token_sort_ratio(a.key, b.key) >= PREFILTER_RATIO


def _person(a: NameGroup, b: NameGroup, evidence: RelationEvidence) -> Link:
    value = compare_names(a.name, b.name, "person").score if _alike_enough(a, b) else 0.0
    features = {"name": round(value, 3)}
    reason = "names alike"
    if same_skeleton(a.tokens, b.tokens):
        features["transliteration"] = 1.0
        value, reason = max(value, TRANSLITERATION_SCORE), "same name in another transliteration"
    if _is_short_form(a.tokens, b.tokens) or _is_short_form(b.tokens, a.tokens):
        features["short_form"] = 1.0
        value, reason = max(value, SHORT_FORM_SCORE), "one name is a short form of the other"
    shared = evidence.shared_relatives(a.key, b.key)
    if shared:
        features["shared_relatives"] = float(len(shared))
        value = min(1.0, value + SHARED_RELATIVE_BONUS)
        reason += ", same relatives"
    return Link(a.key, b.key, value, features, reason)


def _distinct_words(a: tuple[str, ...], b: tuple[str, ...]) -> set[str]:
    """Words one name has that the other lacks and that are not generic ("Group", "of")."""
    generic = generic_words()
    others = {skeleton(t) for t in b}
    return {t for t in set(a) - set(b) if t not in generic and skeleton(t) not in others}


def _abbreviates(short: set[str], long: set[str]) -> bool:
    """Every word only the first name has is the initials of words only the second has
    ("UN" for "United Nations", "S" for "Sahel"), and those words are all accounted for."""
    if not short or not long:
        return False
    initials = "".join(sorted(w[0] for w in long))
    return "".join(sorted("".join(short))) == initials


def _body(a: NameGroup, b: NameGroup) -> Link:
    only_a = _distinct_words(a.tokens, b.tokens)
    only_b = _distinct_words(b.tokens, a.tokens)
    if _abbreviates(only_a, only_b) or _abbreviates(only_b, only_a):
        reason = "words of one name are the initials of words of the other"
        return Link(a.key, b.key, ACRONYM_SCORE, {"initials": 1.0}, reason)
    for short, long in ((a, b), (b, a)):
        if (
            len(short.tokens) == 1
            and len(short.tokens[0]) >= 2
            and short.tokens[0] == acronym(long.tokens)
        ):
            return Link(
                a.key,
                b.key,
                ACRONYM_SCORE,
                {"acronym": 1.0},
                f"{short.name} is the acronym of {long.name}",
            )
    distinct = only_a | only_b
    if distinct:  # "Front-K" is not "Front"; "Northern Front" is not "Front"
        return Link(
            a.key,
            b.key,
            0.0,
            {"distinct_words": float(len(distinct))},
            f"words only one has: {sorted(distinct)}",
        )
    value = compare_names(a.name, b.name, "organization").score if _alike_enough(a, b) else 0.0
    return Link(a.key, b.key, value, {"name": round(value, 3)}, "names alike")


def score_pair(a: NameGroup, b: NameGroup, evidence: RelationEvidence) -> Link:
    """Whether two name groups are one entity, with the features that decided it."""
    if a.type != b.type:
        return Link(a.key, b.key, 0.0, {"type_mismatch": 1.0}, f"{a.type} vs {b.type}")
    if evidence.related(a.key, b.key):
        return Link(a.key, b.key, 0.0, {"family_tie": 1.0}, "the texts relate them to each other")
    if a.type == "person":
        return _person(a, b, evidence)
    return _body(a, b)
