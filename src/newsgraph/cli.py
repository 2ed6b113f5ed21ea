"""The ``newsgraph`` command: a thin layer over the library functions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from newsgraph.analyze.sources import profiles, stance_matrix
from newsgraph.analyze.timeline import timeline as build_timeline
from newsgraph.errors import NewsgraphError
from newsgraph.export.jsonexport import validate_export
from newsgraph.graph import open_graph
from newsgraph.pipeline import judge
from newsgraph.pipeline.build import build as run_build
from newsgraph.pipeline.report import BuildReport
from newsgraph.store.stats import Stats

EXIT_SKIPPED = 3
EXIT_INTERRUPTED = 130
PROGRESS_MIN_FILES = 5

app = typer.Typer(
    help="Evidence-backed knowledge graphs from English news articles.", no_args_is_help=True
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    Path,
    typer.Option("--db", help="Database file (SQLite) or SQLAlchemy URL.", envvar="NEWSGRAPH_DB"),
]


def _fail(error: NewsgraphError) -> typer.Exit:
    err.print(f"[red]error:[/red] {error}")
    return typer.Exit(1)


def _count_inputs(paths: list[str]) -> int:
    total = 0
    for raw in paths:
        path = Path(raw)
        total += sum(1 for p in path.rglob("*") if p.is_file()) if path.is_dir() else 1
    return total


def _print_report(report: BuildReport) -> None:
    out.print(
        f"added {report.added} documents ({report.words:,} words), unchanged {report.unchanged}, "
        f"re-extracted {report.reextracted}, duplicates {len(report.duplicates)}; "
        f"{report.entities} entities"
    )
    if report.updated:
        out.print(f"  metadata updated from the manifest: {report.updated} stored documents")
    for path in report.unused_metadata:
        out.print(f"  [yellow]warning:[/yellow] manifest row names no article read: {path}")
    for path, of, kind in report.duplicates:
        out.print(f"  duplicate ({kind}): {path} -> document {of}")
    for item in report.skipped:
        out.print(f"  [yellow]skipped:[/yellow] {item.path}: {item.reason}")


@app.command()
def build(
    paths: Annotated[
        list[str], typer.Argument(help="Files, folders or glob patterns of articles.")
    ],
    db: DbOption = Path("newsgraph.db"),
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Processes for the language model.")
    ] = 1,
    max_size: Annotated[float, typer.Option(help="Largest file to read, in MB.")] = 10.0,
    near_duplicates: Annotated[bool, typer.Option(help="Detect near-duplicate articles.")] = True,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
    metadata: Annotated[
        Path | None,
        typer.Option(
            "--metadata",
            "-m",
            help="CSV/JSON manifest: path, title, outlet, author, published, url per article.",
        ),
    ] = None,
) -> None:
    """Add articles (.txt, .md, .html, .jsonl) to the graph; re-running adds only what is new."""
    show_progress = not quiet and sys.stderr.isatty() and _count_inputs(paths) > PROGRESS_MIN_FILES
    try:
        with Progress(console=err, disable=not show_progress, transient=True) as bar:
            task = bar.add_task("building", total=None)
            report = run_build(
                paths,
                db,
                processes=jobs,
                max_bytes=int(max_size * 1024 * 1024),
                near_duplicates=near_duplicates,
                progress=lambda n: bar.advance(task, n),
                metadata=metadata,
            )
    except NewsgraphError as error:
        raise _fail(error) from None
    except Exception as error:  # a defect: say so in one line; committed work is kept
        err.print(f"[red]internal error:[/red] {type(error).__name__}: {error}")
        err.print("what was committed is kept; please report this with the input that caused it")
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        err.print(
            "interrupted: what was committed is kept; run the same build again to complete it"
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None
    if not quiet:
        _print_report(report)
    if not report.ok:
        raise typer.Exit(EXIT_SKIPPED)


@app.command()
def export(
    db: DbOption = Path("newsgraph.db"),
    format: Annotated[str, typer.Option("--format", "-f", help="Export format: json.")] = "json",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
) -> None:
    """Write the graph in the JSON contract (newsgraph/1), checked against its schema."""
    if format != "json":
        err.print(f"[red]error:[/red] unknown format {format!r} (available: json)")
        raise typer.Exit(2)
    try:
        with open_graph(db) as graph:
            data = graph.export()
    except NewsgraphError as error:
        raise _fail(error) from None
    validate_export(data)
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if output is None:
        sys.stdout.write(text + "\n")
    else:
        output.write_text(text + "\n", encoding="utf-8")
        err.print(f"wrote {output}")


def _stats_table(stats: Stats) -> Table:
    table = Table(title="newsgraph", show_header=False)
    table.add_row("documents", str(stats.documents))
    table.add_row("duplicates recorded", str(stats.duplicates))
    table.add_row("mentions", f"{stats.mentions} ({stats.ambiguous_mentions} ambiguous)")
    for kind in ("person", "organization", "location"):
        table.add_row(f"entities: {kind}", str(stats.entities_by_type.get(kind, 0)))
    table.add_row("claims", str(stats.claims))
    table.add_row("events", str(stats.events))
    table.add_row("conflicts", str(stats.conflicts))
    table.add_row("skipped inputs", str(len(stats.skipped)))
    return table


@app.command()
def stats(db: DbOption = Path("newsgraph.db")) -> None:
    """Documents, mentions, entities by type, claims, and skipped inputs with the reason."""
    try:
        with open_graph(db) as graph:
            figures = graph.stats()
    except NewsgraphError as error:
        raise _fail(error) from None
    out.print(_stats_table(figures))
    for item in figures.skipped:
        out.print(f"[yellow]skipped:[/yellow] {item.path}: {item.reason}")


@app.command()
def entities(
    db: DbOption = Path("newsgraph.db"),
    kind: Annotated[
        str | None, typer.Option("--type", "-t", help="person, organization or location.")
    ] = None,
    limit: Annotated[int, typer.Option(help="Most entities to list.")] = 50,
) -> None:
    """The entities, most mentioned first, with their aliases and how many documents name them."""
    try:
        with open_graph(db) as graph:
            found = graph.export()["entities"]
    except NewsgraphError as error:
        raise _fail(error) from None
    chosen = [e for e in found if kind is None or e["type"] == kind]
    chosen.sort(key=lambda e: (-e["mention_count"], e["name"]))
    table = Table("entity", "type", "mentions", "documents", "aliases")
    for entity in chosen[:limit]:
        aliases = ", ".join(entity["aliases"])
        table.add_row(
            entity["name"],
            entity["type"],
            str(entity["mention_count"]),
            str(len(entity["documents"])),
            aliases,
        )
    out.print(table)


def _open_export(db: Path) -> tuple[dict[str, Any], dict[str, str]]:
    try:
        with open_graph(db) as graph:
            return graph.export(), graph.outlets()
    except NewsgraphError as error:
        raise _fail(error) from None


def _quote(evidence: dict[str, Any], outlets: dict[str, str]) -> str:
    text = evidence["text"] if len(evidence["text"]) < 160 else evidence["text"][:157] + "..."
    hedge = " [hedged]" if evidence["hedged"] else ""
    return f"{outlets.get(evidence['document'], evidence['document'])}: \u201c{text}\u201d{hedge}"


@app.command()
def conflicts(db: DbOption = Path("newsgraph.db")) -> None:
    """Where the sources disagree, each side with its sentences."""
    data, outlets = _open_export(db)
    if not data["conflicts"]:
        out.print("no conflicts found")
    for conflict in data["conflicts"]:
        table = Table(title=f"[{conflict['kind']}] {conflict['summary']}", show_lines=True)
        table.add_column("side")
        table.add_column("sentences")
        for side in conflict["sides"]:
            quotes = "\n".join(_quote(e, outlets) for e in side["evidence"])
            table.add_row(side["says"], quotes)
        out.print(table)


@app.command()
def timeline(db: DbOption = Path("newsgraph.db")) -> None:
    """Events and dated claims in time order, each date at its own precision."""
    data, _ = _open_export(db)
    table = Table(expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("precision", no_wrap=True)
    table.add_column("kind")
    table.add_column("what", ratio=3)
    table.add_column("sources", ratio=2)
    for entry in build_timeline(data):
        count = f"{len(entry.outlets)} outlet{'s' * (len(entry.outlets) != 1)}"
        table.add_row(
            entry.date,
            entry.precision,
            entry.kind,
            entry.label,
            f"{count}, {entry.documents} doc.: " + ", ".join(entry.outlets),
        )
    out.print(table)


@app.command()
def sources(db: DbOption = Path("newsgraph.db")) -> None:
    """Per outlet: its documents, claims only it reports, whom it quotes, its conflicts;
    then outlets by key facts (supports / denies / silent)."""
    data, outlets = _open_export(db)
    names = {e["id"]: e["name"] for e in data["entities"]}
    table = Table("outlet", "documents", "claims", "only here", "speakers quoted", "in conflicts")
    for p in profiles(data, outlets):
        speakers = ", ".join(sorted(names.get(s, s) for s in p.speakers))
        table.add_row(
            p.outlet,
            str(p.documents),
            str(p.claims),
            str(len(p.only_here)),
            speakers,
            str(len(p.in_conflicts)),
        )
    out.print(table)
    matrix = stance_matrix(data, outlets)
    if matrix:
        columns = sorted({o for row in matrix.values() for o in row})
        grid = Table("fact", *columns, title="stances")
        for fact, row in matrix.items():
            grid.add_row(fact, *(row[c] for c in columns))
        out.print(grid)


WhyOption = Annotated[str, typer.Option("--why", help="Why: kept with the judgement.")]
AuthorOption = Annotated[
    str | None, typer.Option("--author", help="Who (default: the login name).")
]


def _judged(action: str, call: Any) -> None:
    try:
        judgement = call()
    except NewsgraphError as error:
        raise _fail(error) from None
    out.print(
        f"{action}: judgement {judgement.id} recorded by {judgement.author}; entities rebuilt"
    )


@app.command()
def merge(
    first: Annotated[str, typer.Argument(help="Entity id or name.")],
    second: Annotated[str, typer.Argument(help="Entity id or name.")],
    db: DbOption = Path("newsgraph.db"),
    why: WhyOption = "",
    author: AuthorOption = None,
) -> None:
    """Judge two entities to be one (kept and replayed on every build)."""
    _judged("merged", lambda: judge.merge(db, first, second, why, author))


@app.command("not-same")
def not_same(
    first: Annotated[str, typer.Argument(help="Entity id or name.")],
    second: Annotated[str, typer.Argument(help="Entity id or name.")],
    db: DbOption = Path("newsgraph.db"),
    why: WhyOption = "",
    author: AuthorOption = None,
) -> None:
    """Judge two entities never to be merged (kept and replayed on every build)."""
    _judged("kept apart", lambda: judge.not_same(db, first, second, why, author))


@app.command()
def split(
    entity: Annotated[str, typer.Argument(help="Entity id or name.")],
    mention_ids: Annotated[
        list[str], typer.Argument(help="Mention ids to split off (see explain).")
    ],
    db: DbOption = Path("newsgraph.db"),
    why: WhyOption = "",
    author: AuthorOption = None,
) -> None:
    """Judge some mentions of an entity to be another entity (kept and replayed)."""
    _judged("split", lambda: judge.split(db, entity, mention_ids, why, author))


@app.command()
def explain(
    entity: Annotated[str, typer.Argument(help="Entity id or name.")],
    db: DbOption = Path("newsgraph.db"),
) -> None:
    """The mentions an entity groups, by name, and for each link the features and score."""
    try:
        found = judge.explain(db, entity)
    except NewsgraphError as error:
        raise _fail(error) from None
    out.print(f"[bold]{found.name}[/bold] ({found.entity})")
    for key, items in found.groups.items():
        out.print(f"  name '{key}': {len(items)} mentions")
        for mention_id, text in items:
            out.print(f"    {mention_id}  {text}")
    table = Table("joins", "and", "score", "features", "why")
    for link in found.links:
        features = ", ".join(f"{k}={v:g}" for k, v in sorted(link.features.items()))
        table.add_row(link.first, link.second, f"{link.score:.3f}", features, link.reason)
    out.print(table if found.links else "  one name: no links needed")


if __name__ == "__main__":
    app()
