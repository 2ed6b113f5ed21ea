"""Bytes to text: refuse binary files, detect the encoding of the rest."""

from __future__ import annotations

import unicodedata

from charset_normalizer import from_bytes

from newsgraph.errors import InputError

_MULTI_BYTE = (
    "utf",
    "gb",
    "big5",
    "shift",
    "euc",
    "cp932",
    "cp949",
    "cp950",
    "hz",
    "iso2022",
    "johab",
)
_CONTROL_OK = {"\n", "\r", "\t", "\f"}


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    return b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff"))


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(
        1
        for ch in sample
        if unicodedata.category(ch) in ("Cc", "Co", "Cs") and ch not in _CONTROL_OK
    )
    return bad / len(sample)


def _detected(data: bytes) -> str:
    """Text in the detected encoding; among single-byte code pages, Windows-1252 first.

    Detection on a short Latin text cannot tell one code page from another, and
    Windows-1252 is by far the most common of them in news archives.
    """
    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot detect the text encoding")
    if not best.encoding.startswith(_MULTI_BYTE):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(best)


def decode_bytes(data: bytes) -> str:
    """Decode ``data`` as text (UTF-8 first, then the detected encoding).

    Raises InputError for empty, binary or undecodable input.
    """
    if not data.strip():
        raise InputError("empty file")
    if _looks_binary(data):
        raise InputError("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _detected(data)
    if _control_ratio(text) > 0.01:
        raise InputError("binary or corrupt content (control characters)")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("empty file")
    return text
