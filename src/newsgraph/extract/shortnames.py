"""Within one article, link short forms of a person's name to the full name.

News introduces a person once in full ("Jane Q. Roe") and then writes "Roe" or
"Jane". A short form joins the full name only when exactly one full name in the
article fits it; when several do ("Roe" with two Roes present) it is kept as an
ambiguous mention that joins no entity. A surname used as a modifier of a group noun
("the Roe family", "a Roe commander") is not a mention of the person.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from newsgraph.extract.candidates import Candidate
from newsgraph.extract.typing import words
from newsgraph.model import EntityType, Mention
from newsgraph.text.wordlists import wordlists

Tokens = tuple[str, ...]


def _title_count(text: str) -> int:
    titles = wordlists().person_titles
    count = 0
    for word in text.split():
        if word.lower().rstrip(".") not in titles:
            break
        count += 1
    return count


def display_name(text: str) -> str:
    """The name without leading titles ("Gen. Jane Roe" gives "Jane Roe")."""
    parts = text.split()
    cut = _title_count(text)
    return " ".join(parts[cut:]) if cut < len(parts) else text


def name_tokens(text: str) -> Tokens:
    return tuple(words(display_name(text)))


def _is_subsequence(short: Tokens, full: Tokens) -> bool:
    it = iter(full)
    return all(token in it for token in short)


def _is_given_name(short: Tokens, full: Tokens) -> bool:
    return short == full[: len(short)]


def _is_surname(short: Tokens, full: Tokens) -> bool:
    particles = wordlists().name_particles
    core = tuple(t for t in short if t not in particles)
    return bool(core) and (short == full[-len(short) :] or core == full[-len(core) :])


class FullNames:
    """The full person names (two words or more) of one article, longest variant first."""

    def __init__(self, cands: Sequence[Candidate]) -> None:
        self.display: dict[Tokens, str] = {}
        for cand in cands:
            tokens = name_tokens(cand.text)
            if cand.type == "person" and len(tokens) >= 2:
                self.display.setdefault(tokens, display_name(cand.text))
        self.canonical = {key: self._longest_variant(key) for key in self.display}
        self.other_tokens = {
            t
            for c in cands
            if c.type != "person" and len(words(c.text)) >= 2
            for t in words(c.text)
        }

    def _longest_variant(self, key: Tokens) -> Tokens:
        """The one longer name with the same first and last word that contains ``key``."""
        longer = [
            other
            for other in self.display
            if len(other) > len(key)
            and other[0] == key[0]
            and other[-1] == key[-1]
            and _is_subsequence(key, other)
        ]
        return longer[0] if len(longer) == 1 else key

    def given_name_of(self, short: Tokens) -> set[Tokens]:
        return {
            self.canonical[k]
            for k in self.display
            if len(k) > len(short) and _is_given_name(short, k)
        }

    def surname_of(self, short: Tokens) -> set[Tokens]:
        return {
            self.canonical[k] for k in self.display if len(k) > len(short) and _is_surname(short, k)
        }


def _link(cand: Candidate, names: FullNames) -> tuple[EntityType, str | None]:
    """The type and full name a candidate stands for (name None when ambiguous)."""
    tokens = name_tokens(cand.text)
    if tokens in names.display:
        return "person", names.display[names.canonical[tokens]]
    if cand.type == "person":
        own = display_name(cand.text)
        if len(tokens) >= 2:
            return "person", own
    else:
        own = cand.text
    surname = names.surname_of(tokens)
    given = names.given_name_of(tokens)
    is_group_modifier = cand.modifies in wordlists().group_nouns
    if given and not surname and len(given) == 1 and not is_group_modifier:
        return "person", names.display[given.pop()]
    unique_surname = len(surname) == 1 and not is_group_modifier
    if unique_surname and (cand.type == "person" or not set(tokens) & names.other_tokens):
        return "person", names.display[surname.pop()]
    if surname or given:
        return "person" if cand.type == "person" else cand.type, None
    if _is_plural_of(tokens, names):
        return cand.type, None
    return cand.type, own


def _is_plural_of(tokens: Tokens, names: FullNames) -> bool:
    """A family named in the plural ("the Roes")."""
    if len(tokens) != 1 or not tokens[0].endswith("s"):
        return False
    stem = tokens[0][:-1]
    return any(stem == k[-1] or stem.removesuffix("e") == k[-1] for k in names.display)


def bracketed_aliases(cands: Sequence[Candidate], text: str) -> dict[int, tuple[EntityType, str]]:
    """Names given in brackets right after an organization's name, as its short form.

    "the Coastal States Union (CSU)" makes CSU another name of the Coastal States Union.
    Only a one-word name or an acronym in brackets counts: a longer bracket is a gloss.
    """
    found: dict[int, tuple[EntityType, str]] = {}
    for index in range(1, len(cands)):
        first, second = cands[index - 1], cands[index]
        between = text[first.end : second.start]
        closes = text[second.end : second.end + 1] == ")"
        if (
            first.type == "organization"
            and between.strip() == "("
            and closes
            and len(second.text.split()) == 1
        ):
            found[index] = ("organization", first.text)
    return found


def _vote_types(mentions: list[Mention]) -> list[Mention]:
    """Mentions of one name in one article share the type most of them have."""
    votes: dict[str, Counter[EntityType]] = {}
    for m in mentions:
        if m.name is not None:
            votes.setdefault(m.name.lower(), Counter())[m.type] += 1
    out = []
    for m in mentions:
        if m.name is not None:
            counts = votes[m.name.lower()]
            best = "person" if counts["person"] else counts.most_common(1)[0][0]
            if best != m.type:
                m = replace(m, type=best)
        out.append(m)
    return out


def link_short_names(document: str, cands: Sequence[Candidate], text: str) -> list[Mention]:
    """The article's mentions, each with the full name it stands for (or None if ambiguous)."""
    names = FullNames(cands)
    aliases = bracketed_aliases(cands, text)
    alias_of_text = {cands[index].text: found for index, found in aliases.items()}
    mentions = []
    for cand in cands:
        name: str | None
        if cand.text in alias_of_text:
            kind, name = alias_of_text[cand.text]
        else:
            kind, name = _link(cand, names)
        mentions.append(
            Mention(
                document=document,
                start=cand.start,
                end=cand.end,
                text=cand.text,
                type=kind,
                sentence_start=cand.sentence_start,
                sentence_end=cand.sentence_end,
                name=name,
                label=cand.label,
            )
        )
    return _vote_types(mentions)
