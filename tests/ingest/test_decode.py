import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.decode import decode_bytes

TEXT = "Officials in Zürich said the café reopened on Monday.\nIt had been closed for a week."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8"), TEXT),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT),
        (TEXT.encode("cp1252"), TEXT),
        (TEXT.encode("utf-16"), TEXT),
        (TEXT.replace("\n", "\r\n").encode("utf-8"), TEXT),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "utf16", "crlf"],
)
def test_decodes_text_in_common_encodings(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
        (bytes(range(1, 32)) * 50, "binary"),
    ],
    ids=["empty", "blank", "png", "control-bytes"],
)
def test_refuses_what_is_not_text(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        decode_bytes(data)
