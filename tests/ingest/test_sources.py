"""Bad input is reported in one line and skipped; everything else is read."""

from pathlib import Path

from newsgraph.ingest.article import RawArticle
from newsgraph.ingest.sources import read_sources
from newsgraph.model import Skipped

GOOD = "Flood waters reach the capital\n\nThe river rose overnight, officials said.\n"


def _read(
    paths: list[Path | str], max_bytes: int = 10_000_000
) -> tuple[list[RawArticle], dict[str, str]]:
    items = list(read_sources(paths, max_bytes))
    articles = [i for i in items if isinstance(i, RawArticle)]
    skipped = {Path(i.path).name: i.reason for i in items if isinstance(i, Skipped)}
    return articles, skipped


def test_bad_files_are_skipped_with_a_reason_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "large.txt").write_text(GOOD * 2000)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "feed.jsonl").write_text(
        '{"title": "A", "text": "First article text."}\n{broken\n[1, 2]\n{"title": "no text"}\n{"content": "Second."}\n'
    )
    articles, skipped = _read([tmp_path, tmp_path / "missing.txt"], max_bytes=50_000)
    assert sorted(Path(a.path.split("#")[0]).name for a in articles) == [
        "feed.jsonl",
        "feed.jsonl",
        "good.txt",
    ]
    assert skipped == {
        "empty.txt": "empty file",
        "binary.txt": "binary file, not text",
        "large.txt": "too large (0.1 MB > 0.0 MB; raise --max-size)",
        "notes.pdf": "unsupported file type '.pdf'",
        "feed.jsonl#L2": "line 2 is not valid JSON (Expecting property name enclosed in double quotes)",
        "feed.jsonl#L3": "not a JSON object",
        "feed.jsonl#L4": "no text field (expected one of text, content, body, article)",
        "missing.txt": "no such file or folder",
    }


def test_globs_and_repeated_paths_give_each_file_once(tmp_path: Path) -> None:
    for name in ("a.txt", "b.md"):
        (tmp_path / name).write_text(GOOD + name)
    articles, skipped = _read([tmp_path / "*.txt", tmp_path, str(tmp_path / "*.none")])
    assert sorted(Path(a.path).name for a in articles) == ["a.txt", "b.md"]
    assert list(skipped.values()) == ["no file matches this pattern"]


def test_undecodable_bytes_fall_back_to_detected_encoding(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes(
        "Le président a parlé à Genève ce matin.\n".encode("latin-1") * 5
    )
    articles, skipped = _read([tmp_path])
    assert not skipped
    assert "président" in articles[0].text


def test_html_gives_main_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(
        "<html><head><title>Bridge reopens - City Paper</title>"
        '<meta name="author" content="Ana Ruiz"><meta property="og:site_name" content="City Paper">'
        '<meta property="article:published_time" content="2022-05-04"></head><body><nav>Home | Sport</nav>'
        "<article><h1>Bridge reopens</h1><p>The old bridge over the river reopened on Tuesday after two years "
        "of repairs, the mayor said.</p><p>Traffic was light in the morning.</p></article></body></html>"
    )
    (article,), _ = _read([tmp_path])
    meta = article.metadata
    assert (meta.title, meta.author, meta.outlet, meta.published) == (
        "Bridge reopens",
        "Ana Ruiz",
        "City Paper",
        "2022-05-04",
    )
    assert "reopened on Tuesday" in article.text
    assert "Home | Sport" not in article.text
