"""Write article files made from the shared corpus, for benchmarks and output checks.

    .venv/bin/python bench/corpus_sample.py OUT_DIR [--count 200] [--corpus ../shared/corpus]

The corpus holds whole reports in CSV and JSON Lines, news records in pseudo-XML and court
paragraphs in TSV; a user feeds reportgen one article per file. This cuts the corpus into such
files, deterministically (the same files every time): each provincial and national report and
each congress report is one file, each Sohu record with content is one file (its title as the
first line), and Tianjin judgment paragraphs are grouped ten to a file. The first COUNT files
in that round-robin order are written (so every kind of text is among even a small sample).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
csv.field_size_limit(sys.maxsize)


def provincial(corpus: Path):
    for f in sorted((corpus / "reports" / "provincial_gov_work_reports_2026").glob("2026_*.csv")):
        with f.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                yield f"prov_{f.stem}", row["full_text"]


def national(corpus: Path):
    folder = corpus / "reports" / "national_gov_work_reports"
    for name in ("government_work_reports.jsonl", "cpc_congress_reports.jsonl"):
        for i, line in enumerate((folder / name).read_text("utf-8").splitlines()):
            rec = json.loads(line)
            if len(rec.get("content") or "") > 200:
                yield f"nat_{name.split('_')[0]}_{i:03d}_{rec.get('year') or rec.get('congress') or 'x'}", rec["content"]


def sohu(corpus: Path):
    text = (corpus / "news" / "sogoucs_sample" / "news_sohusite_xml.smarty.txt").read_text("utf-8")
    for i, doc in enumerate(re.findall(r"<doc>(.*?)</doc>", text, re.S)):
        title = re.search(r"<contenttitle>(.*?)</contenttitle>", doc, re.S)
        content = re.search(r"<content>(.*?)</content>", doc, re.S)
        if content and content.group(1).strip():
            yield f"sohu_{i:03d}", (title.group(1).strip() + "\n" if title else "") + content.group(1)


def tianjin(corpus: Path, per_file: int = 10):
    f = corpus / "court" / "tianjin_admin_judgments" / "reasoning_by_outcome.val.tsv"
    lines = [ln.split("\t", 1)[1] for ln in f.read_text("utf-8").splitlines() if "\t" in ln]
    for i in range(0, len(lines), per_file):
        yield f"tianjin_{i // per_file:04d}", "\n".join(lines[i:i + per_file]) + "\n"


def sample(corpus: Path, count: int) -> list[tuple[str, str]]:
    """The first `count` files, taking one of each kind in turn."""
    sources = [provincial(corpus), national(corpus), sohu(corpus), tianjin(corpus)]
    out: list[tuple[str, str]] = []
    for batch in itertools.zip_longest(*sources):
        out.extend(x for x in batch if x is not None)
        if len(out) >= count:
            break
    return out[:count]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        sys.exit(f"error: {args.corpus}: corpus folder not found (give --corpus)")
    args.out.mkdir(parents=True, exist_ok=True)
    files = sample(args.corpus, args.count)
    for name, text in files:
        (args.out / f"{name}.txt").write_text(text, "utf-8")
    print(f"wrote {len(files)} article files to {args.out}")


if __name__ == "__main__":
    main()
