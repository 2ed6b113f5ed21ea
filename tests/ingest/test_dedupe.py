from newsgraph.ingest.dedupe import bands, content_id, signature, similarity

STORY = " ".join(
    f"Sentence {i} of the report says the river rose by {i} metres near the old mill."
    for i in range(40)
)


def test_content_id_ignores_whitespace_only() -> None:
    assert content_id(STORY) == content_id("  " + STORY.replace(" ", "\n  ") + "\n")
    assert content_id(STORY) != content_id(STORY + " More.")


def test_republished_story_is_near_and_shares_a_band() -> None:
    original, copy = (
        signature(STORY),
        signature("Republished with permission.\n" + STORY + "\nFollow us."),
    )
    assert similarity(original, copy) >= 0.8
    assert set(bands(original)) & set(bands(copy))


def test_different_story_is_not_near() -> None:
    other = " ".join(
        f"Line {i}: the council voted on a budget of {i} million for schools." for i in range(40)
    )
    assert similarity(signature(STORY), signature(other)) < 0.2
