import pytest

from newsgraph.ingest.metadata import Metadata, metadata_from_text

CASES = [
    # text, field, expected
    ("Dam talks collapse in the north\n\nBy Jane Roe\n\nThe talks ended.", "author", "Jane Roe"),
    (
        "Dam talks collapse in the north\n\nThe talks ended.\n\nOriginal Author: Jane Roe",
        "author",
        "Jane Roe",
    ),
    (
        "Dam talks collapse\n\nText.\n\nRiver Desk: Staff reporter at The Valley Times",
        "outlet",
        "The Valley Times",
    ),
    (
        "Dam talks collapse\n\nText.\n\nRiver Desk: Staff reporter at The Valley Times",
        "author",
        "River Desk",
    ),
    ("Dam talks collapse\n\nText.\n\nFollow Valley Times on Google", "outlet", "Valley Times"),
    (
        "World\n\nDam talks collapse in the north\n\nThe talks ended.",
        "title",
        "Dam talks collapse in the north",
    ),
    (
        "# Dam talks collapse in the north\n\nThe talks ended.",
        "title",
        "Dam talks collapse in the north",
    ),
    (
        "Dam talks collapse in the north\nPublished: March 3, 2022\n\nText.",
        "published",
        "2022-03-03",
    ),
    ("Dam talks collapse in the north\n12 April 2023\n\nText.", "published", "2023-04-12"),
    ("Dam talks collapse in the north\n\nThe talks of 2019 ended in May 2020.", "published", None),
    ("Dam talks collapse in the north\n\nNo byline here.", "author", None),
]


@pytest.mark.parametrize(("text", "field", "expected"), CASES)
def test_metadata_from_text(text: str, field: str, expected: str | None) -> None:
    assert getattr(metadata_from_text(text), field) == expected


def test_metadata_from_the_file_wins_over_the_text() -> None:
    given = Metadata(title="Given title", author=None)
    merged = given.filled_from(Metadata(title="Guessed", author="Jane Roe"))
    assert (merged.title, merged.author) == ("Given title", "Jane Roe")
