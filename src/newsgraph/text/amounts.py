"""Money and counts in English news: "$5m", "5 million dollars", "nearly 6,000", "a dozen"."""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "mln": 1_000_000,
    "bn": 1_000_000_000,
    "b": 1_000_000_000,
}
# Vague quantities: the range they are read as.
VAGUE = {
    "a dozen": (12, 12),
    "dozen": (12, 12),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "a few": (2, 5),
    "several": (3, 9),
}
APPROXIMATE = (
    "nearly",
    "almost",
    "about",
    "around",
    "approximately",
    "roughly",
    "some",
    "over",
    "more than",
    "at least",
    "up to",
    "an estimated",
    "close to",
    "less than",
    "fewer than",
)
CURRENCIES = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
}
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*([a-z]+)?", re.I)
_WORD = re.compile(r"[a-z]+", re.I)


@dataclass(frozen=True, slots=True)
class Quantity:
    low: float
    high: float
    approximate: bool = False

    @property
    def value(self) -> float:
        return self.low if self.low == self.high else (self.low + self.high) / 2


def _words_number(words: list[str]) -> float | None:
    total, current, seen = 0.0, 0.0, False
    for word in words:
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES and word not in ("k", "m", "b", "mn", "bn", "mln"):
            current = (current or 1) * SCALES[word]
            if SCALES[word] >= 1_000:
                total, current = total + current, 0.0
        elif word in ("and", "a"):
            continue
        else:
            break  # "Thirteen U.S. troops": the number ends where the words do
        seen = True
    return total + current if seen else None


def parse_number(text: str) -> float | None:
    """A number in digits or words, with its scale: "6,000", "5m", "Thirteen", "two million"."""
    cleaned = text.strip().lower().replace("-", " ")
    match = _NUMBER.search(cleaned)
    if match:
        value = float(match.group(1).replace(",", ""))
        scale = (match.group(2) or "").lower()
        rest = cleaned[match.end() :].split()
        if scale in SCALES:
            return value * SCALES[scale]
        if rest and rest[0] in SCALES:
            return value * SCALES[rest[0]]
        return value
    return _words_number(_WORD.findall(cleaned))


def parse_money(text: str) -> tuple[float, str] | None:
    """An amount and its currency: "$5m" gives (5000000.0, "USD")."""
    lowered = text.lower()
    currency = next((code for mark, code in CURRENCIES.items() if mark in lowered), None)
    amount = parse_number(
        lowered.replace("us$", "").replace("$", "").replace("€", "").replace("£", "")
    )
    if currency is None or amount is None:
        return None
    return amount, currency


def parse_count(text: str) -> Quantity | None:
    """A count, exact or approximate: "96", "nearly 6,000", "almost 30", "dozens of"."""
    lowered = " ".join(text.lower().split())
    approximate = lowered.startswith(APPROXIMATE)
    for phrase, (low, high) in VAGUE.items():
        if re.search(rf"\b{phrase}\b", lowered):
            return Quantity(low, high, approximate=True)
    value = parse_number(lowered)
    if value is None:
        return None
    return Quantity(value, value, approximate)
