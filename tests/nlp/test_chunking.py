from newsgraph.nlp.chunking import chunk_text


def test_long_text_is_split_on_paragraphs_and_covers_everything() -> None:
    paragraph = "The council met again. " * 20
    text = "\n\n".join(f"{i}. {paragraph}" for i in range(200))
    pieces = chunk_text(text, limit=5_000)
    assert len(pieces) > 1
    assert "".join(piece for _, piece in pieces) == text
    assert all(len(piece) <= 5_000 for _, piece in pieces)
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    assert all(piece.endswith("\n\n") for _, piece in pieces[:-1])


def test_text_without_breaks_is_still_cut() -> None:
    pieces = chunk_text("x" * 12_000, limit=5_000)
    assert [len(p) for _, p in pieces] == [5_000, 5_000, 2_000]
