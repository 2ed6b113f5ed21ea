"""Blocking: which name groups are worth comparing, so that cost grows with the number of
groups, not with all pairs.

- every group: the skeleton of its whole name ("Yusuf Demir" and "Yousef Demir" meet);
- people: first initial and surname skeleton ("Dara Roe", "Dara al-Karim Roe");
- bodies and places: the acronym of the name, and its non-generic words ("Finance
  Ministry", "Ministry of Finance");
- short forms: a one-word name meets the longer names it could be the first or last word
  of, and only those (pairs among the longer names are not made there).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import cache

from newsgraph.resolve.groups import NameGroup
from newsgraph.resolve.skeleton import consonants, skeleton
from newsgraph.text.wordlists import wordlists

MAX_BLOCK = 500  # a block this large is a common word, not a name: it links nothing
SHORT = "short"


@cache
def generic_words() -> frozenset[str]:
    """Words that do not tell two bodies apart: "Group", "of", particles."""
    lists = wordlists()
    return (
        lists.organization_heads
        | lists.name_particles
        | frozenset({"of", "the", "and", "for", "a"})
    )


def acronym(tokens: Sequence[str]) -> str:
    return "".join(
        t[0] for t in tokens if t not in generic_words() or t in wordlists().organization_heads
    )


def block_keys(group: NameGroup) -> set[str]:
    tokens, kind = group.tokens, group.type
    keys = {f"{kind}:s:{' '.join(skeleton(t) for t in tokens)}"}
    if kind == "person":
        titles = wordlists().person_titles
        named = [t for t in tokens if t not in titles] or list(tokens)
        if len(named) >= 2:
            first, last = named[0], named[-1]
            keys.add(f"{kind}:i:{first[:1]}:{skeleton(last)}")
            keys.add(f"{kind}:c:{consonants(first)}:{consonants(last)}")  # "Omar"/"Umar Farouk"
            keys.add(f"{kind}:p:{skeleton(first)}:{last[:2]}")  # "Hamid Rostami"/"Hamid Rostamy"
        keys |= {
            f"{SHORT}:{kind}:l:{skeleton(tokens[-1])}",
            f"{SHORT}:{kind}:f:{skeleton(tokens[0])}",
        }
        return keys
    if len(tokens) >= 2:
        keys.add(f"{kind}:a:{acronym(tokens)}")
        words = [t for t in tokens if t not in generic_words()]
        keys.add(f"{kind}:o:{' '.join(sorted(skeleton(t) for t in words))}")
        if words:  # its longest word: "UN Security Council" / "United Nations Security Council"
            keys.add(f"{kind}:l:{skeleton(max(words, key=lambda w: (len(w), w)))}")
    elif 2 <= len(tokens[0]) <= 6:
        keys.add(f"{kind}:a:{tokens[0]}")
    return keys


def _pairs(
    members: list[int], groups: Sequence[NameGroup], short: bool
) -> Iterator[tuple[int, int]]:
    if not short:
        for position, first in enumerate(members):
            for second in members[position + 1 :]:
                yield first, second
        return
    singles = [i for i in members if len(groups[i].tokens) == 1]
    longer = [i for i in members if len(groups[i].tokens) > 1]
    for single in singles:
        for other in longer:
            yield single, other


def candidate_pairs(groups: Sequence[NameGroup]) -> Iterator[tuple[int, int]]:
    """Index pairs of groups that share a block, each pair once."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, group in enumerate(groups):
        for key in block_keys(group):
            blocks[key].append(index)
    seen: set[tuple[int, int]] = set()
    for key, members in blocks.items():
        if len(members) > MAX_BLOCK or len(members) < 2:
            continue
        for first, second in _pairs(members, groups, key.startswith(SHORT)):
            pair = (first, second) if first < second else (second, first)
            if pair not in seen:
                seen.add(pair)
                yield pair
