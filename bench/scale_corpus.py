"""Scale the real notices up to a large benchmark corpus by recombining their paragraphs.

Each synthetic notice is 3-8 paragraphs drawn from the real corpus (../shared/corpus by
default; the documents are read, never copied into the repo), with the digits of some
numbers redrawn so that facts differ between notices. About 1% of the notices are exact
republications and 1% near-duplicates (a paragraph dropped or a prefix added), so the
duplicate paths run at scale too. Output: JSONL, one notice per line (text, url, title, date).

Example:

    python bench/scale_corpus.py --count 20000 --out bench/out/corpus-20k.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT.parent / "shared" / "corpus"


def paragraphs(source: Path) -> list[str]:
    """Paragraphs (>= 20 characters) of every .txt and .html notice under ``source``."""
    sys.path.insert(0, str(ROOT))
    from extractor.decode import decode_bytes
    from extractor.errors import DecodeError

    found = []
    for path in sorted(source.rglob("*")):
        if path.suffix.lower() not in (".txt", ".html", ".htm"):
            continue
        try:
            text = decode_bytes(path.read_bytes(), str(path)).text
        except DecodeError:
            continue
        if path.suffix.lower() != ".txt":
            text = re.sub(r"<[^>]+>", "\n", text)
        found += [line.strip() for line in text.splitlines() if len(line.strip()) >= 20]
    if not found:
        raise SystemExit(f"no paragraphs under {source}")
    return found


def _redraw_digits(paragraph: str, rng: random.Random) -> str:
    def redraw(match: re.Match) -> str:
        number = match.group()
        if rng.random() < 0.5:
            return number
        return "".join(str(rng.randint(1 if i == 0 else 0, 9)) if ch.isdigit() else ch for i, ch in enumerate(number))
    return re.sub(r"\d+(?:\.\d+)?", redraw, paragraph)


def notices(pool: list[str], count: int, seed: int = 1):
    rng = random.Random(seed)
    made: list[dict] = []
    for number in range(count):
        roll = rng.random()
        if made and roll < 0.01:
            notice = dict(rng.choice(made))  # exact republication elsewhere
        elif made and roll < 0.02:
            notice = dict(rng.choice(made))
            notice["text"] = "（转载）" + notice["text"]
        else:
            chosen = rng.sample(pool, rng.randint(3, 8))
            text = "\n".join(_redraw_digits(paragraph, rng) for paragraph in chosen)
            notice = {"text": text, "title": chosen[0][:24],
                      "date": f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}
        notice["url"] = f"https://bench.example.gov.cn/notice/{number}"
        made.append(notice)
        yield notice


def write_corpus(out: Path, count: int, seed: int = 1, source: Path = DEFAULT_SOURCE) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    pool = paragraphs(source)
    with open(out, "w", encoding="utf-8") as handle:
        for notice in notices(pool, count, seed):
            handle.write(json.dumps(notice, ensure_ascii=False) + "\n")
    return out


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "corpus-20k.jsonl")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE)
    args = parser.parse_args(argv)
    path = write_corpus(args.out, args.count, args.seed, args.source)
    print(f"{args.count} notices → {path} ({path.stat().st_size / 1048576:.1f} MB)")


if __name__ == "__main__":
    main()
