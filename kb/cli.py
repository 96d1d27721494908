"""The ``kb`` command: extract, ingest, search and serve Chinese notices."""
from __future__ import annotations

import json
import sys

import click


CONTRACT_DROPPED_BY_DEFAULT = ("raw",)


@click.group()
@click.version_option(package_name="gongwen")
def cli():
    """Gongwen: Chinese notices into citable facts."""


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--format", "output_format", type=click.Choice(["jsonl", "json", "table"]), default="jsonl", show_default=True)
@click.option("--raw", "include_raw", is_flag=True, help="Include the decoded original text in each object.")
def extract(files, output_format, include_raw):
    """Extract figures and entities from notice FILES and print the output contract.

    One object per file. A file that cannot be read gets one error line on
    stderr naming it and the reason; the others are still processed and the
    exit code is 1.

    Example:

        kb extract corpus/*.txt --format jsonl > extraction.jsonl
    """
    from extractor.contract import extraction_to_dict
    from extractor.errors import ExtractionError
    from extractor.pipeline import extract_path

    failed = 0
    results = []
    for path in files:
        try:
            row = extraction_to_dict(extract_path(path))
        except ExtractionError as error:
            click.echo(f"error: {error}", err=True)
            failed += 1
            continue
        except Exception as error:  # one broken notice never spoils a batch
            click.echo(f"error: {path}: unexpected {type(error).__name__}: {error}", err=True)
            failed += 1
            continue
        if not include_raw:
            for key in CONTRACT_DROPPED_BY_DEFAULT:
                row.pop(key, None)
        if output_format == "jsonl":
            click.echo(json.dumps(row, ensure_ascii=False))
        else:
            results.append(row)
    if output_format == "json":
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    elif output_format == "table":
        _print_table(results)
    if failed:
        sys.exit(1)


def _print_table(results):
    for row in results:
        click.echo(f"== {row['doc']}  ({len(row['figures'])} figures, {len(row['entities'])} entities)")
        for figure in row["figures"]:
            flag = " DAMAGED" if figure["damaged"] else ""
            click.echo(
                f"  {figure['text']:<14} {figure['kind']:<9} {figure['value']!s:>16} {figure['unit']:<6}"
                f" {figure.get('metric') or '-'} | {figure.get('subject') or '-'} | {figure.get('time') or '-'}{flag}"
            )
        for entity in row["entities"]:
            click.echo(f"  [{entity['type']}] {entity['text']} → {entity['canonical']}")


# ---------------------------------------------------------------- knowledge base: ingest, search, conflicts, stats

def _existing_db(path):
    import os

    if not os.path.exists(path):
        raise click.ClickException(f"no knowledge base at {path}; create it with `kb ingest ... --db {path}`")
    from kb.schema import SCHEMA_VERSION, schema_version

    version = schema_version(path)
    if not 0 < version <= SCHEMA_VERSION:
        raise click.ClickException(f"{path} is not a kb database this version can read (schema {version})")
    return path


def _emit_rows(rows, columns, output_format, payload=None):
    if output_format == "json":
        click.echo(json.dumps(payload if payload is not None else rows, ensure_ascii=False, indent=2))
    elif output_format == "csv":
        import csv

        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
                             for key, value in row.items()})
    else:
        from tabulate import tabulate

        click.echo(tabulate([[row.get(column) for column in columns] for row in rows], headers=columns,
                            disable_numparse=True))


@cli.command(name="ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="Knowledge base file (created if missing).")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Extraction processes [default: CPU count].")
@click.option("--engine", type=click.Choice(["processes", "dask"]), default="processes", show_default=True)
@click.option("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (with --engine dask).")
@click.option("--report", type=click.Path(dir_okay=False, allow_dash=True), help="Write the JSON summary and error report here ('-': stdout).")
@click.option("--max-mb", type=float, default=10.0, show_default=True, help="Refuse files larger than this.")
@click.option("--progress/--no-progress", default=None, help="Progress bar [default: when stderr is a terminal].")
def ingest_command(paths, db_path, workers, engine, scheduler, report, max_mb, progress):
    """Ingest notices (.txt, .html, .htm, .jsonl files, folders or globs) into the knowledge base.

    Every notice is written whole or not at all (commits every 512 notices or 2 seconds;
    a crash loses at most that batch); ingesting the same notices again adds nothing, and an edited
    notice from the same source replaces its old version. A JSONL
    line is an object with "text" and optional "url", "title", "date". The exit code is 1
    when any file failed; every good file is still ingested.

    Example:

    \b
        kb ingest corpus/ notices.jsonl --db gongwen.db --workers 4 --report errors.json
    """
    from kb.ingest import IngestError, ingest

    try:
        summary = ingest(paths, db_path, workers=workers, engine=engine, scheduler=scheduler,
                         max_bytes=int(max_mb * 1024 * 1024), progress=progress)
    except IngestError as error:
        raise click.ClickException(str(error))
    result = summary.as_dict()
    click.echo(
        f"ingested {summary.ingested} (replaced {summary.replaced}), unchanged {summary.unchanged}, "
        f"duplicates {summary.duplicates} (near {summary.near_duplicates}), failed {summary.failed}; "
        f"{summary.facts} facts",
        err=True,
    )
    for error in summary.errors:
        click.echo(f"failed: {error['source']}: {error['error']}", err=True)
    if report:
        text = json.dumps(result, ensure_ascii=False, indent=2)
        if report == "-":
            click.echo(text)
        else:
            with open(report, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
    if summary.failed:
        sys.exit(1)


FACT_COLUMNS = ["id", "text", "kind", "value", "unit", "comparator", "change", "metric", "subject", "time",
                "damaged", "doc_id", "doc_title", "quote"]


@cli.command(name="search")
@click.argument("query", required=False, default="")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False))
@click.option("--kind", help="percent, points, money, quantity, count, multiple, number")
@click.option("--subject", help="Entity id or subject as written.")
@click.option("--metric")
@click.option("--doc", "doc_id", help="Document id.")
@click.option("--year", type=int)
@click.option("--unit")
@click.option("--min", "value_min", type=float, help="Smallest value (base unit).")
@click.option("--max", "value_max", type=float, help="Largest value (base unit).")
@click.option("--sort", type=click.Choice(["relevance", "value", "date"]), default="relevance", show_default=True)
@click.option("--limit", "per_page", type=click.IntRange(1, 500), default=20, show_default=True)
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--duplicates", "include_duplicates", is_flag=True, help="Include facts of near-duplicate documents.")
@click.option("--format", "output_format", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def search_command(query, db_path, output_format, **filters):
    """Search facts by Chinese full text (simplified or traditional) and filters.

    QUERY is plain text: every space-separated part must occur (quotes and
    operators are text, not syntax). JSON output adds the total and facet counts.

    Example:

    \b
        kb search 绿色信贷 --db gongwen.db --kind money --format json
    """
    from kb.search import search_facts

    result = search_facts(_existing_db(db_path), query, facets=output_format == "json", **filters)
    _emit_rows(result["rows"], FACT_COLUMNS, output_format, payload=result)
    if output_format == "table":
        click.echo(f"{result['total']} facts", err=True)


@cli.command(name="conflicts")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False))
@click.option("--subject")
@click.option("--metric")
@click.option("--limit", "per_page", type=click.IntRange(1, 10000), default=100, show_default=True)
@click.option("--format", "output_format", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def conflicts_command(db_path, subject, metric, per_page, output_format):
    """List facts that disagree: same subject, metric and period, different values, different documents.

    Example:

    \b
        kb conflicts --db gongwen.db --metric 森林覆盖率 --format json
    """
    from kb.conflicts import list_conflicts

    result = list_conflicts(_existing_db(db_path), subject=subject, metric=metric, per_page=per_page)
    columns = ["id", "subject", "metric", "period", "unit", "value_a", "doc_a", "value_b", "doc_b"]
    _emit_rows(result["rows"], columns, output_format, payload=result)


@cli.command(name="stats")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False))
def stats_command(db_path):
    """Print row counts of the knowledge base as JSON.

    Example:

    \b
        kb stats --db gongwen.db
    """
    from kb.search import stats

    click.echo(json.dumps(stats(_existing_db(db_path)), indent=2))


# ---------------------------------------------------------------- web: serve (owned by the web helper)

@cli.command(name="serve")
@click.option("--db", "db_path", required=True, type=click.Path(dir_okay=False), help="Knowledge base file.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0: every interface).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--threads", type=click.IntRange(1, 256), default=8, show_default=True,
              help="Threads per server process.")
@click.option("--workers", type=click.IntRange(0, 64), default=1, show_default=True,
              help="Server processes: 1 = one waitress process; 2+ = gunicorn workers (Linux/macOS, needs "
                   "gunicorn; else waitress); 0 = one per CPU (at most 4).")
@click.option("--public-url", default="", help="Base URL used in citations and permalinks, e.g. https://gongwen.example.org")
def serve_command(db_path, host, port, threads, workers, public_url):
    """Serve the web site and JSON API over a knowledge base (production WSGI server).

    One waitress process by default. A request is mostly Python, so one process uses at
    most one core: on a machine with free cores, ``--workers N`` (gunicorn installed) runs
    N worker processes on the one port, each with its own read-only connections and
    caches. The site opens the file read-only; ingesting into it while it is served is fine.

    Example:

        kb serve --db gongwen.db --port 8000
    """
    import os

    _existing_db(db_path)  # refuses a missing file or a foreign database
    from web import create_app
    from web.server import choose_workers, run_gunicorn, run_waitress

    config = {"DATABASE": os.path.abspath(db_path)}
    if public_url:
        config["PUBLIC_URL"] = public_url
    app = create_app(config)
    workers = choose_workers(workers)
    if workers > 1:
        click.echo(f"serving {db_path} on http://{host}:{port} (gunicorn, {workers} processes × {threads} threads; "
                   f"Ctrl-C stops)", err=True)
        run_gunicorn(app, host=host, port=port, workers=workers, threads=threads)
    else:
        click.echo(f"serving {db_path} on http://{host}:{port} (waitress, {threads} threads; Ctrl-C stops)", err=True)
        run_waitress(app, host=host, port=port, threads=threads)
