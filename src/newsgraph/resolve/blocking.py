"""Blocking: which name groups are worth comparing. Groups share a block when they share a
word skeleton or when one is the acronym of the other; the cost grows with the number of
groups times the (capped) block size, never with all pairs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence

from newsgraph.resolve.groups import NameGroup
from newsgraph.resolve.skeleton import skeleton
from newsgraph.text.wordlists import wordlists

MAX_BLOCK = 400  # a block this large is a common word, not a name: it links nothing


def acronym(tokens: Sequence[str]) -> str:
    particles = wordlists().name_particles | {"of", "the", "and", "for"}
    return "".join(t[0] for t in tokens if t not in particles)


def block_keys(group: NameGroup) -> set[str]:
    tokens = group.tokens
    keys = {f"{group.type}:w:{skeleton(t)}" for t in tokens if len(skeleton(t)) >= 2}
    keys.add(
        f"{group.type}:s:{' '.join(skeleton(t) for t in tokens)}"
    )  # whole-name skeleton: never capped away
    if len(tokens) >= 2:
        keys.add(f"{group.type}:a:{acronym(tokens)}")
    elif len(tokens) == 1 and 2 <= len(tokens[0]) <= 6:
        keys.add(f"{group.type}:a:{tokens[0]}")
    return keys


def candidate_pairs(groups: Sequence[NameGroup]) -> Iterator[tuple[int, int]]:
    """Index pairs of groups that share a block, each pair once."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for index, group in enumerate(groups):
        for key in block_keys(group):
            blocks[key].append(index)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) > MAX_BLOCK:
            continue
        for position, first in enumerate(members):
            for second in members[position + 1 :]:
                pair = (first, second) if first < second else (second, first)
                if pair not in seen:
                    seen.add(pair)
                    yield pair
