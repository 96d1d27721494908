"""Whole-document golden files: what `kb extract` says about the seed and real notices.

A change in any figure, fact field or entity shows up here as a diff. When the change is
an improvement, refresh with ``pytest tests/test_golden.py --update-golden`` and review
the diff of tests/golden/ before committing.
"""
import json
import os

import pytest

from extractor.contract import extraction_to_dict
from extractor.pipeline import extract_path

HERE = os.path.dirname(__file__)
SHARED = os.path.join(HERE, "..", "..", "shared", "corpus")
DOCUMENTS = [
    os.path.join(SHARED, "seed", "000_97ed398c94ac0590.txt"),
    os.path.join(SHARED, "real", "001_xwlb-green-manufacturing-system-2023.txt"),
    os.path.join(SHARED, "real", "026_macau-tdm-visitor-arrivals-sep-2024.html"),
    os.path.join(SHARED, "real", "031_rthk-pboc-reverse-repo-2025.txt"),
    os.path.join(SHARED, "real", "042_sina-ningxia-major-projects-jan-jul-2021.html"),
    os.path.join(HERE, "..", "corpus", "104_invented-hitech-zone-page.html"),
]
FIGURE_FIELDS = ("text", "start", "end", "raw_start", "raw_end", "kind", "value", "value_max", "unit",
                 "comparator", "change", "metric", "subject", "time", "damaged", "rules")
ENTITY_FIELDS = ("text", "start", "end", "type", "canonical")


def summarize(row: dict) -> dict:
    return {
        "doc": row["doc"],
        "figures": [{k: f[k] for k in FIGURE_FIELDS if k in f} for f in row["figures"]],
        "entities": [{k: e[k] for k in ENTITY_FIELDS} for e in row["entities"]],
        "damaged": [row["text"][s:e] for s, e in row["damaged"]],
        "boilerplate": [row["text"][s:e] for s, e in row["boilerplate"]],
    }


@pytest.mark.parametrize("path", DOCUMENTS, ids=os.path.basename)
def test_document_matches_its_golden_file(path, update_golden):
    actual = summarize(extraction_to_dict(extract_path(path)))
    golden = os.path.join(HERE, "golden", os.path.basename(path) + ".json")
    if update_golden:
        with open(golden, "w", encoding="utf-8") as handle:
            json.dump(actual, handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    if not os.path.exists(golden):
        pytest.fail(f"no golden file {golden}: run pytest {__file__} --update-golden and review it")
    with open(golden, encoding="utf-8") as handle:
        expected = json.load(handle)
    assert actual == expected
