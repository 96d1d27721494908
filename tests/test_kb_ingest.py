"""kb.ingest and the kb ingest/search/conflicts/stats commands, on real extraction."""
from __future__ import annotations

import codecs
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import cli
from kb.ingest import IngestError, ingest
from kb.search import search_facts, stats

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpus" / "000_97ed398c94ac0590.txt"

CITIES = ["商洛市", "西安市", "宝鸡市", "咸阳市", "铜川市", "渭南市", "延安市", "汉中市", "榆林市", "安康市",
          "杭州市", "宁波市", "温州市", "嘉兴市", "湖州市", "绍兴市", "金华市", "衢州市", "舟山市", "台州市"]
METRICS = [("地区生产总值", "亿元"), ("规模以上工业增加值", "亿元"), ("社会消费品零售总额", "亿元"),
           ("固定资产投资", "亿元"), ("森林覆盖率", "%"), ("城镇居民人均可支配收入", "元"), ("粮食产量", "万吨"),
           ("新签约项目", "个"), ("高新技术企业", "家"), ("绿色信贷余额", "亿元"), ("进出口总额", "亿元"),
           ("常住人口", "万人"), ("空气质量优良天数", "天"), ("新增就业岗位", "万个"), ("发电量", "亿千瓦时")]
TIMES = ["2021年", "2022年", "2023年", "今年以来", "1-10月", "上半年", "截至目前", "去年"]
TAILS = ["，同比增长{p}%", "，较上年提高{p}个百分点", "，居全省第{n}位", "，完成年度目标的{p}%", "", ""]


def synthetic_notice(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(5, 9)):
        city, (metric, unit), when = rng.choice(CITIES), rng.choice(METRICS), rng.choice(TIMES)
        value = f"{rng.uniform(1, 9999):.2f}" if unit != "个" else str(rng.randint(2, 900))
        tail = rng.choice(TAILS).format(p=f"{rng.uniform(0.1, 30):.1f}", n=rng.randint(1, 12))
        sentences.append(f"{when}，{city}{metric}达到{value}{unit}{tail}。")
    return "\n".join(sentences) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"notice_{number:03d}.txt"
        path.write_text(synthetic_notice(rng), encoding="utf-8")
        paths.append(path)
    return paths


def test_seed_notice_is_searchable(tmp_path):
    db = tmp_path / "kb.db"
    summary = ingest([str(SEED)], db, workers=1)
    assert (summary.ingested, summary.failed) == (1, 0), summary.errors
    forest = search_facts(db, "森林覆盖率")["rows"]
    assert any(row["value"] == 69.56 and row["unit"] == "%" for row in forest)
    credit = search_facts(db, "綠色信貸")["rows"]
    assert any(row["text"] == "206.86亿元" and row["value"] == 20686000000 for row in credit)
    assert search_facts(db, "园区")["total"] >= 2
    assert search_facts(db, "206.86")["rows"][0]["text"] == "206.86亿元"


def test_ingesting_twice_is_a_no_op(tmp_path):
    write_corpus(tmp_path / "in", 6)
    shutil_copy(SEED, tmp_path / "in" / "seed.txt")
    db = tmp_path / "kb.db"
    first = ingest([str(tmp_path / "in")], db, workers=2)
    assert (first.ingested, first.failed) == (7, 0), first.errors
    before = stats(db)
    second = ingest([str(tmp_path / "in")], db, workers=2)
    assert (second.ingested, second.unchanged, second.duplicates, second.failed) == (0, 7, 0, 0)
    assert stats(db) == before


def shutil_copy(src: Path, dst: Path) -> None:
    dst.write_bytes(src.read_bytes())


def test_bad_files_are_reported_and_good_ones_ingested(tmp_path):
    folder = tmp_path / "in"
    good = write_corpus(folder, 4)
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "wrong-encoding.txt").write_bytes(codecs.BOM_UTF8 + "商洛市森林覆盖率达69.56%。".encode("gbk"))
    with open(folder / "huge.txt", "wb") as handle:
        handle.write("商洛市森林覆盖率达69.56%。\n".encode() * (20 * 1024 * 1024 // 36 + 1))
    lines = [json.dumps({"text": "西安市2023年地区生产总值12010.76亿元。", "url": "https://example.gov.cn/a", "title": "西安"},
                        ensure_ascii=False), "{not json", json.dumps({"title": "no text"})]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db, report = tmp_path / "kb.db", tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "2",
                                      "--report", str(report), "--no-progress"])
    assert result.exit_code == 1, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    failed = {Path(error["source"]).name: error["error"] for error in data["errors"]}
    assert set(failed) == {"binary.txt", "empty.txt", "wrong-encoding.txt", "huge.txt", "batch.jsonl#L2", "batch.jsonl#L3"}
    assert "too large" in failed["huge.txt"] and "empty" in failed["empty.txt"]
    assert data["ingested"] == len(good) + 1 and data["failed"] == 6
    assert stats(db)["documents"] == len(good) + 1
    assert "failed 6" in result.output


def test_jsonl_source_is_the_url_and_edits_replace(tmp_path):
    db = tmp_path / "kb.db"
    notice = {"text": "2023年，西安市地区生产总值达到12010.76亿元。", "url": "https://example.gov.cn/xa",
              "title": "西安经济", "date": "2024-01-20"}
    (tmp_path / "a.jsonl").write_text(json.dumps(notice, ensure_ascii=False) + "\n", encoding="utf-8")
    assert ingest([str(tmp_path / "a.jsonl")], db, workers=1).ingested == 1
    row = search_facts(db, "12010.76")["rows"][0]
    assert (row["doc_source"], row["doc_title"], row["doc_date"]) == ("https://example.gov.cn/xa", "西安经济", "2024-01-20")
    notice["text"] = notice["text"].replace("12010.76", "12010.80")
    (tmp_path / "a.jsonl").write_text(json.dumps(notice, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = ingest([str(tmp_path / "a.jsonl")], db, workers=1)
    assert (summary.ingested, summary.replaced) == (1, 1)
    assert search_facts(db, "12010.76")["total"] == 0 and search_facts(db, "12010.80")["total"] == 1
    assert stats(db)["documents"] == 1


def test_republished_notices_are_linked(tmp_path):
    folder = tmp_path / "in"
    original, other = write_corpus(folder, 2)
    text = original.read_text(encoding="utf-8")
    (folder / "exact-copy.txt").write_text(text, encoding="utf-8")
    (folder / "near-copy.txt").write_text("（转载）" + text.replace("。", "。 ", 1), encoding="utf-8")
    db = tmp_path / "kb.db"
    summary = ingest([str(original), str(other), str(folder / "exact-copy.txt"), str(folder / "near-copy.txt")], db, workers=1)
    assert (summary.ingested, summary.duplicates, summary.near_duplicates) == (2, 2, 1)
    assert stats(db)["documents"] == 3 and stats(db)["near_duplicates"] == 1
    first = search_facts(db, include_duplicates=True, facets=False, per_page=100)
    visible = search_facts(db, facets=False, per_page=100)
    assert visible["total"] < first["total"]
    assert len({(row["text"], row["quote"]) for row in visible["rows"]}) == len(visible["rows"])


def test_unknown_engine_and_missing_scheduler_are_errors(tmp_path):
    with pytest.raises(IngestError):
        ingest([str(SEED)], tmp_path / "kb.db", engine="spark")
    with pytest.raises(IngestError, match="scheduler"):
        ingest([str(SEED)], tmp_path / "kb.db", engine="dask")


def test_sigkill_mid_batch_then_rerun_leaves_every_document_once(tmp_path):
    folder = tmp_path / "in"
    # Documents are committed in batches (kb.ingest.COMMIT_SECONDS, COMMIT_EVERY = 512): enough
    # notices for a commit well before the end, so the kill lands between two of them.
    paths = write_corpus(folder, 800, seed=11)
    db = tmp_path / "kb.db"
    command = [sys.executable, "-c", "from kb.cli import cli; cli()", "ingest", str(folder), "--db", str(db),
               "--workers", "1", "--no-progress"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, env=env, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    written = 0
    try:
        while time.monotonic() < deadline and process.poll() is None:
            written = _count(db, "documents")
            if written >= 5:
                break
            time.sleep(0.01)
        os.killpg(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    assert 5 <= _count(db, "documents") < len(paths)
    summary = ingest([str(folder)], db, workers=2)
    assert summary.failed == 0 and summary.ingested + summary.unchanged == len(paths)
    conn = sqlite3.connect(db)
    sources = conn.execute("SELECT source, count(*) FROM sources GROUP BY source").fetchall()
    assert sorted(Path(source).name for source, _ in sources) == sorted(path.name for path in paths)
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == len(paths)
    partial = conn.execute(
        "SELECT d.id FROM documents d WHERE d.fact_count != (SELECT count(*) FROM facts f WHERE f.doc_id = d.id)"
    ).fetchall()
    assert partial == []
    assert conn.execute("SELECT count(*) FROM facts_fts").fetchone()[0] == conn.execute("SELECT count(*) FROM facts").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == len(paths)


def _count(db: Path, table: str) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def test_dask_engine_on_a_local_cluster(tmp_path):
    import distributed  # a test dependency: this test must run, never skip
    write_corpus(tmp_path / "in", 5)
    reference = ingest([str(tmp_path / "in")], tmp_path / "ref.db", workers=1)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary = ingest([str(tmp_path / "in")], tmp_path / "kb.db", engine="dask", scheduler=cluster.scheduler_address)
    assert (summary.ingested, summary.failed) == (reference.ingested, 0) == (5, 0)
    keys = lambda db: sorted(row[0] for row in sqlite3.connect(db).execute("SELECT key FROM facts"))  # noqa: E731
    assert keys(tmp_path / "kb.db") == keys(tmp_path / "ref.db")


def test_search_conflicts_and_stats_commands(tmp_path):
    db = tmp_path / "kb.db"
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("2023年，商洛市森林覆盖率达到69.56%。\n", encoding="utf-8")
    (folder / "b.txt").write_text("据统计，2023年商洛市森林覆盖率达到70.10%，生态持续向好。\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "1"]).exit_code == 0
    result = runner.invoke(cli, ["search", "森林覆盖率", "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {row["value"] for row in data["rows"]} == {69.56, 70.1} and data["total"] == 2
    table = runner.invoke(cli, ["search", "森林覆盖率", "--db", str(db)])
    assert "69.56%" in table.output
    csv_out = runner.invoke(cli, ["search", "森林覆盖率", "--db", str(db), "--format", "csv"]).output
    assert csv_out.splitlines()[0].startswith("id,text,kind,value")
    conflicts = runner.invoke(cli, ["conflicts", "--db", str(db), "--format", "json"])
    assert conflicts.exit_code == 0
    rows = json.loads(conflicts.output)["rows"]
    assert [(row["metric"], {row["value_a"], row["value_b"]}) for row in rows] == [("森林覆盖率", {69.56, 70.1})]
    assert json.loads(runner.invoke(cli, ["stats", "--db", str(db)]).output)["documents"] == 2
    missing = runner.invoke(cli, ["search", "x", "--db", str(tmp_path / "missing.db")])
    assert missing.exit_code != 0 and "no knowledge base" in missing.output


def test_every_kb_command_help_has_an_example():
    for name in ("ingest", "search", "conflicts", "stats"):
        assert "Example:" in CliRunner().invoke(cli, [name, "--help"]).output


def extract_or_die(task):
    """An extractor whose worker process dies on notices named crash*."""
    from kb.ingest import extract_task

    if Path(task.path).name.startswith("crash"):
        os._exit(1)
    return extract_task(task)


def test_a_dying_worker_fails_only_its_own_notice(tmp_path):
    folder = tmp_path / "in"
    good = write_corpus(folder, 6)
    (folder / "crash.txt").write_text("2023年，商洛市森林覆盖率达到69.56%。\n", encoding="utf-8")
    summary = ingest([str(folder)], tmp_path / "kb.db", workers=2, extract=extract_or_die)
    assert [Path(error["source"]).name for error in summary.errors] == ["crash.txt"]
    assert "worker failed" in summary.errors[0]["error"]
    assert summary.ingested == len(good)


# ---------------------------------------------------------------- batched commits

def _whole_documents_only(db: Path) -> int:
    """Number of documents; asserts that each has all its rows (facts, FTS rows, source, MinHash)."""
    conn = sqlite3.connect(db)
    try:
        partial = conn.execute(
            "SELECT d.id FROM documents d WHERE d.fact_count != (SELECT count(*) FROM facts f WHERE f.doc_id = d.id) "
            "OR NOT EXISTS (SELECT 1 FROM sources s WHERE s.doc_id = d.id) "
            "OR NOT EXISTS (SELECT 1 FROM minhashes m WHERE m.doc_id = d.id) "
            "OR NOT EXISTS (SELECT 1 FROM documents_fts t WHERE t.rowid = d.num)").fetchall()
        assert partial == []
        facts = conn.execute("SELECT count(*) FROM facts").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM facts_fts").fetchone()[0] == facts
        assert conn.execute("SELECT count(*) FROM facts f JOIN facts_fts t ON t.rowid = f.id").fetchone()[0] == facts
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0] == documents
        return documents
    finally:
        conn.close()


def test_a_batch_killed_mid_way_leaves_only_whole_committed_batches(tmp_path):
    folder = tmp_path / "in"
    paths = write_corpus(folder, 120, seed=5)
    db = tmp_path / "kb.db"
    script = ("import sys; from kb.ingest import ingest; "
              "ingest([sys.argv[1]], sys.argv[2], workers=1, commit_every=5, commit_seconds=3600, progress=False)")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, "-c", script, str(folder), str(db)], env=env, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and process.poll() is None and _count(db, "documents") < 10:
            time.sleep(0.01)
        os.killpg(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    assert process.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    committed = _whole_documents_only(db)
    assert 10 <= committed < len(paths) and committed % 5 == 0  # whole batches of 5, nothing of the next
    summary = ingest([str(folder)], db, workers=2, commit_every=7)
    assert (summary.unchanged, summary.ingested, summary.failed) == (committed, len(paths) - committed, 0)
    assert _whole_documents_only(db) == len(paths)


def _mixed_folder(folder: Path) -> None:
    original, *_ = write_corpus(folder, 7, seed=3)
    text = original.read_text(encoding="utf-8")
    (folder / "exact-copy.txt").write_text(text, encoding="utf-8")
    (folder / "near-copy.txt").write_text("（转载）" + text.replace("。", "。 ", 1), encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")


def test_summary_counts_are_the_same_for_any_batch_size(tmp_path):
    _mixed_folder(tmp_path / "in")
    summaries = {}
    for every in (1, 2, 256):
        db = tmp_path / f"kb-{every}.db"
        summary = ingest([str(tmp_path / "in")], db, workers=1, commit_every=every, commit_seconds=3600)
        summaries[every] = summary.as_dict()
        assert _whole_documents_only(db) == stats(db)["documents"]
    assert summaries[1]["ingested"] == 7 and summaries[1]["duplicates"] == 2 and summaries[1]["near_duplicates"] == 1
    assert summaries[1]["failed"] == 2
    assert summaries[2] == summaries[1] and summaries[256] == summaries[1]


def test_a_failed_commit_fails_its_whole_batch_and_nothing_else(tmp_path, monkeypatch):
    import kb.store

    _mixed_folder(tmp_path / "in")
    db = tmp_path / "kb.db"
    real, calls = kb.store.Store._flush_fts, []

    def flush_failing_second_batch(self):
        calls.append(len(self._fts_documents))
        if len(calls) == 2:
            raise sqlite3.OperationalError("database or disk is full (simulated)")
        return real(self)

    monkeypatch.setattr(kb.store.Store, "_flush_fts", flush_failing_second_batch)
    summary = ingest([str(tmp_path / "in")], db, workers=1, commit_every=3, commit_seconds=3600)
    lost = [error for error in summary.errors if "commit failed" in error["error"]]
    assert len(lost) == 3 and summary.failed == 2 + 3
    assert summary.ingested + summary.duplicates + summary.failed == 11
    assert _whole_documents_only(db) == summary.ingested + summary.near_duplicates
    monkeypatch.setattr(kb.store.Store, "_flush_fts", real)
    again = ingest([str(tmp_path / "in")], db, workers=1)
    assert again.failed == 2 and again.ingested + again.duplicates == 3
    assert stats(db)["documents"] == 8


def test_a_dying_worker_fails_only_its_own_notice_when_notices_go_in_chunks(tmp_path):
    import kb.ingest

    folder = tmp_path / "in"
    good = write_corpus(folder, 40, seed=9)
    (folder / "crash.txt").write_text("2023年，商洛市森林覆盖率达到69.56%。\n", encoding="utf-8")
    assert min(kb.ingest.CHUNK, 41 // (2 * 4)) > 1  # several notices per call to a worker
    summary = ingest([str(folder)], tmp_path / "kb.db", workers=2, extract=extract_or_die)
    assert [Path(error["source"]).name for error in summary.errors] == ["crash.txt"]
    assert summary.ingested == len(good) and _whole_documents_only(tmp_path / "kb.db") == len(good)


def test_ordered_retries_each_task_of_a_failed_call_alone():
    from concurrent.futures import Future

    from kb.ingest import _ordered

    calls = []

    def submit(batch):
        calls.append(list(batch))
        future = Future()
        if "bad" in batch:  # kills its worker every time
            future.set_exception(RuntimeError("worker died"))
        else:
            future.set_result([f"ok:{task}" for task in batch])
        return future

    tasks = ["a", "b", "bad", "c", "d", "e", "f"]
    out = list(_ordered(tasks, submit, window=4, chunk=3))
    assert [task for task, _ in out] == tasks
    assert [result for _, result in out if not isinstance(result, dict)] == [f"ok:{t}" for t in tasks if t != "bad"]
    assert "worker failed" in dict(out)["bad"]["error"]
    assert calls[:2] == [["a", "b", "bad"], ["c", "d", "e"]]
    assert ["a"] in calls and ["b"] in calls and calls.count(["bad"]) == 1  # retried alone once, then failed
