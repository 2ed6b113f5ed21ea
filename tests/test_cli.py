"""The CLI: thin commands, clear messages, exit codes that say what happened, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsgraph.cli import EXIT_SKIPPED, app
from tests.conftest import DEMO

runner = CliRunner()


def test_build_export_stats(tmp_path: Path) -> None:
    db = str(tmp_path / "g.db")
    built = runner.invoke(app, ["build", str(DEMO), "--db", db])
    assert built.exit_code == EXIT_SKIPPED, built.output  # the demo has one broken JSON line
    assert "added 5 documents" in built.output
    assert "skipped:" in built.output and "line 2 is not valid JSON" in built.output
    out = tmp_path / "g.json"
    exported = runner.invoke(app, ["export", "--db", db, "--format", "json", "-o", str(out)])
    assert exported.exit_code == 0, exported.output
    data = json.loads(out.read_text())
    assert data["schema"] == "newsgraph/1" and len(data["documents"]) == 5
    stats = runner.invoke(app, ["stats", "--db", db])
    assert stats.exit_code == 0
    assert "entities: person" in stats.output and "04_agencies.jsonl#L2" in stats.output


def test_clean_build_exits_zero_and_quiet_prints_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Storm hits the coast\n\nMayor Ana Ruiz of Portmore said the storm was over.\n"
    )
    result = runner.invoke(
        app, ["build", str(tmp_path / "a.txt"), "--db", str(tmp_path / "g.db"), "-q"]
    )
    assert (result.exit_code, result.output) == (0, "")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["build", "/no/such/folder"], EXIT_SKIPPED, "no such file or folder"),
        (["export", "--format", "xml"], 2, "unknown format 'xml'"),
        (["stats", "--db", "/no/such/dir/g.db"], 1, "cannot open database"),
        (["build", str(DEMO), "--metadata", "/no/such/meta.csv"], 1, "metadata file"),
    ],
)
def test_errors_are_one_clear_line(
    tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    if "--db" not in args:
        args = [*args, "--db", str(tmp_path / "g.db")]
    result = runner.invoke(app, args)
    assert result.exit_code == code
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database")
    result = runner.invoke(app, ["stats", "--db", str(bogus)])
    assert result.exit_code == 1
    assert "cannot open database" in result.output
    assert bogus.read_text() == "these are my notes, not a database"


@pytest.mark.parametrize("command", ["conflicts", "timeline", "sources", "entities"])
def test_analysis_commands_print_tables(tmp_path: Path, command: str) -> None:
    db = str(tmp_path / "g.db")
    runner.invoke(app, ["build", str(DEMO), "--db", db, "-q"])
    result = runner.invoke(app, [command, "--db", db])
    assert result.exit_code == 0, result.output
    assert result.output.strip()


def test_every_command_has_help_and_a_readme_entry() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for command in app.registered_commands:
        name = command.name or command.callback.__name__  # type: ignore[union-attr]
        assert command.callback.__doc__, name  # type: ignore[union-attr]
        assert f"newsgraph {name}" in readme, name


def test_interrupted_build_says_how_to_complete_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("newsgraph.cli.run_build", interrupted)
    result = runner.invoke(app, ["build", str(DEMO), "--db", str(tmp_path / "g.db")])
    assert result.exit_code == 130
    assert "run the same build again" in result.output
    assert "Traceback" not in result.output


def test_build_reports_manifest_rows_that_name_no_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Storm hits the coast\n\nMayor Ana Ruiz said on Thursday it was over.\n"
    )
    (tmp_path / "meta.csv").write_text(
        "path,outlet,published\na.txt,Coast Herald,2021-08-27\nb.txt,X,2021\n"
    )
    db = str(tmp_path / "g.db")
    result = runner.invoke(
        app, ["build", str(tmp_path / "a.txt"), "--db", db, "-m", str(tmp_path / "meta.csv")]
    )
    assert result.exit_code == 0, result.output
    assert "manifest row names no article read" in result.output and "b.txt" in result.output
    exported = runner.invoke(app, ["export", "--db", db])
    (document,) = json.loads(exported.output)["documents"]
    assert (document["outlet"], document["published"]) == ("Coast Herald", "2021-08-27")
