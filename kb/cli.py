"""The ``kb`` command: extract, ingest, search and serve Chinese notices."""
from __future__ import annotations

import json
import sys

import click

from extractor.contract import extraction_to_dict
from extractor.errors import ExtractionError
from extractor.pipeline import extract_path

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
