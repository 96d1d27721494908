"""`kb extract`: the output contract of ../shared/eval/README.md, and bad files that never spoil a batch."""
import json
import os

import pytest
from click.testing import CliRunner

from kb.cli import cli

HERE = os.path.dirname(__file__)
CORPUS = os.path.join(HERE, "..", "corpus")
SEED = os.path.join(CORPUS, "000_97ed398c94ac0590.txt")
FIGURE_KEYS = {"text", "start", "end", "raw_start", "raw_end", "kind", "value", "unit", "comparator",
               "change", "metric", "subject", "time", "damaged"}
ENTITY_KEYS = {"text", "start", "end", "raw_start", "raw_end", "type", "canonical"}


@pytest.fixture
def runner():
    return CliRunner()


def test_jsonl_prints_the_contract_one_object_per_file(runner):
    files = sorted(os.path.join(CORPUS, name) for name in os.listdir(CORPUS) if not name.endswith(".md"))
    result = runner.invoke(cli, ["extract", *files, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [row["doc"] for row in rows] == [os.path.basename(path) for path in files]
    for row in rows:
        assert row["text"] and "raw" not in row
        for figure in row["figures"]:
            assert FIGURE_KEYS <= figure.keys()
            assert row["text"][figure["start"]:figure["end"]] == figure["text"]
        for entity in row["entities"]:
            assert ENTITY_KEYS <= entity.keys()
            assert row["text"][entity["start"]:entity["end"]] == entity["text"]


def test_seed_figures_carry_facts_and_lead_back_to_the_raw_text(runner):
    result = runner.invoke(cli, ["extract", SEED, "--raw"])
    row = json.loads(result.output)
    by_text = {figure["text"]: figure for figure in row["figures"]}
    credit = by_text["206.86亿元"]
    assert (credit["kind"], credit["value"], credit["unit"]) == ("money", 20686000000, "元")
    assert credit["metric"] == "绿色信贷余额" and credit["subject"] == "商洛市"
    assert row["raw"][credit["raw_start"]:credit["raw_end"]] == "206.86億元"
    assert "绿色信贷余额达206.86亿元" in credit["quote"]
    assert credit["rules"][0] == "figures.money.v1" and all(rule.count(".") >= 2 for rule in credit["rules"])
    damaged = [figure for figure in row["figures"] if figure["damaged"]]
    assert [figure["text"] for figure in damaged] == ["40万千瓦时"]


def test_unreadable_files_get_one_error_line_and_the_rest_is_extracted(runner, tmp_path):
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    result = runner.invoke(cli, ["extract", str(binary), SEED, str(empty), str(missing)])
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3
    assert errors[0].startswith(f"error: {binary}: binary file")
    assert errors[1] == f"error: {empty}: empty file"
    assert errors[2].startswith(f"error: {missing}: ")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["doc"] for row in rows] == ["000_97ed398c94ac0590.txt"]


@pytest.mark.parametrize("output_format", ["json", "table"])
def test_json_and_table_formats(runner, output_format):
    result = runner.invoke(cli, ["extract", SEED, "--format", output_format])
    assert result.exit_code == 0
    if output_format == "json":
        assert json.loads(result.output)[0]["doc"] == "000_97ed398c94ac0590.txt"
    else:
        assert "206.86亿元" in result.output and "DAMAGED" in result.output
