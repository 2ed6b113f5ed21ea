"""The analyst's metadata manifest: formats, matching, precedence and bad rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.ingest.manifest import load_manifest
from newsgraph.ingest.sources import read_sources
from newsgraph.text.dates import as_date

ARTICLE = "Storm hits the coast\n\nBy Jane Roe\n\nMayor Ana Ruiz of Portmore said on Thursday the storm was over.\n"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-08-27", "2021-08-27"),
        ("2021-08-27T10:15:00Z", "2021-08-27"),
        ("2021-08", "2021-08"),
        ("2021", "2021"),
        ("August 27, 2021", "2021-08-27"),
        ("27 Aug 2021", "2021-08-27"),
        ("2021-13-01", None),
        ("2021-02-30", None),
        ("soon", None),
        ("", None),
    ],
)
def test_as_date(value: str, expected: str | None) -> None:
    assert as_date(value) == expected


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "storm.txt").write_text(ARTICLE)
    return folder


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("meta.csv", "path,outlet,published\narticles/storm.txt,Coast Herald,2021-08-27\n"),
        ("meta.csv", "File,Source,Date\nstorm.txt,Coast Herald,27 August 2021\n"),
        (
            "meta.json",
            json.dumps(
                [
                    {
                        "path": "articles/storm.txt",
                        "outlet": "Coast Herald",
                        "published": "2021-08-27",
                    }
                ]
            ),
        ),
        ("meta.json", json.dumps({"storm.txt": {"outlet": "Coast Herald", "date": "2021-08-27"}})),
        (
            "meta.jsonl",
            json.dumps(
                {"path": "storm.txt", "publisher": "Coast Herald", "published": "2021-08-27"}
            ),
        ),
    ],
    ids=["csv", "csv-other-headers-bare-name", "json-list", "json-mapping", "jsonl"],
)
def test_manifest_beats_the_text(tmp_path: Path, name: str, content: str) -> None:
    folder = _folder(tmp_path)
    (tmp_path / name).write_text(content)
    manifest = load_manifest(tmp_path / name)
    (article,) = read_sources([folder], manifest=manifest)
    assert article.metadata.outlet == "Coast Herald"  # type: ignore[union-attr]
    assert article.metadata.published == "2021-08-27"  # type: ignore[union-attr]
    assert article.metadata.author == "Jane Roe"  # type: ignore[union-attr]  # from the text
    assert manifest.unused() == []


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "meta.csv",
            "path,published\nstorm.txt,next week\n",
            "row 1 (storm.txt): published is not a date",
        ),
        ("meta.csv", "outlet,published\nCoast Herald,2021-08-27\n", "row 1 has no path"),
        (
            "meta.csv",
            "path,notes\nstorm.txt,call back\n",
            "gives no title, outlet, author, published or url",
        ),
        ("meta.json", "[{]", "not valid CSV/JSON"),
        ("meta.json", "[1, 2]", "row 1 is not an object"),
        ("missing.csv", None, "cannot read"),
    ],
)
def test_a_bad_manifest_is_one_clear_error(
    tmp_path: Path, name: str, content: str | None, message: str
) -> None:
    if content is not None:
        (tmp_path / name).write_text(content)
    with pytest.raises(InputError, match="metadata file") as raised:
        load_manifest(tmp_path / name)
    assert message in str(raised.value)


def test_rows_naming_no_article_are_reported_and_the_manifest_is_not_an_article(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path)
    (folder / "meta.csv").write_text("path,outlet\nstorm.txt,Coast Herald\ngone.txt,Elsewhere\n")
    manifest = load_manifest(folder / "meta.csv")
    found = list(read_sources([folder], manifest=manifest))
    assert [a.path for a in found] == [str(folder / "storm.txt")]  # meta.csv is not skipped
    assert manifest.unused() == [(folder / "gone.txt").resolve()]
