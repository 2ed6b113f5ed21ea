"""Content ids and near-duplicate detection (MinHash over word shingles, LSH bands).

Exact duplicates share a content id (the hash of the whitespace-normalised text).
Near duplicates (a wire story republished with a new headline or sign-off) are found
by comparing MinHash signatures of the candidates that share an LSH band, so the
cost per new document does not grow with the size of the store.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

NUM_PERM = 64
ROWS_PER_BAND = 4
SHINGLE = 5
NEAR_DUPLICATE = 0.8
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20210827)
_A = _rng.integers(1, (1 << 61) - 1, NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, (1 << 61) - 1, NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+")


def content_id(text: str) -> str:
    """The document id: a hash of the text with whitespace normalised."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _shingle_hashes(text: str) -> np.ndarray:
    words = _WORD.findall(text.lower())
    grams = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    values = [
        int.from_bytes(hashlib.blake2b(g.encode(), digest_size=7).digest(), "big") for g in grams
    ]
    return np.array(values, dtype=np.uint64)


def signature(text: str) -> tuple[int, ...]:
    """The MinHash signature of the text's word 5-grams."""
    hashes = _shingle_hashes(text)
    # (a * h + b) mod p in uint64 wraps around; it is still a fixed, well-mixed permutation family.
    table = (np.outer(_A, hashes) + _B[:, None]) % _PRIME
    return tuple(int(v) for v in table.min(axis=1))


def bands(sig: tuple[int, ...]) -> list[str]:
    """LSH band keys: documents sharing one are candidates for comparison."""
    keys = []
    for start in range(0, len(sig), ROWS_PER_BAND):
        chunk = ",".join(str(v) for v in sig[start : start + ROWS_PER_BAND])
        digest = hashlib.blake2b(chunk.encode(), digest_size=8).hexdigest()
        keys.append(f"{start // ROWS_PER_BAND}:{digest}")
    return keys


def similarity(a: tuple[int, ...], b: tuple[int, ...]) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


def encode_signature(sig: tuple[int, ...]) -> str:
    return " ".join(f"{v:x}" for v in sig)


def decode_signature(text: str) -> tuple[int, ...]:
    return tuple(int(v, 16) for v in text.split())
