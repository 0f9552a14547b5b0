"""Digest of the parse output of the seeds and the corpus, to check that a change meant to make
parsing faster changes nothing it writes.

Run by hand, before and after the change:
    .venv/bin/python bench/output_digest.py --save /tmp/before.json
    (change the code)
    .venv/bin/python bench/output_digest.py --compare /tmp/before.json
Each file's summary is hashed as sorted JSON without the `generator` line (it holds the version).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def digests(files: dict[str, Path]) -> dict[str, str]:
    """Each file's digest, under the name given (a path that does not depend on where the tree is)."""
    from reportgen.pipeline import parse_bytes

    out = {}
    for name, f in files.items():
        summary = parse_bytes(f.read_bytes(), f.name)
        summary.pop("generator", None)
        text = json.dumps(summary, ensure_ascii=False, sort_keys=True, default=str)
        out[name] = hashlib.sha256(text.encode()).hexdigest()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--limit-mb", type=float, default=2.0, help="skip corpus files larger than this")
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path, help="write the digests to this JSON file")
    group.add_argument("--compare", type=Path, help="compare with digests saved earlier")
    args = ap.parse_args()
    files = {f"seeds/{f.name}": f for f in sorted((ROOT / "seeds").glob("*.txt"))}
    if args.corpus.is_dir():
        files |= {f"corpus/{f.relative_to(args.corpus)}": f for f in sorted(args.corpus.rglob("*"))
                  if f.is_file() and f.suffix in (".txt", ".md", ".csv", ".tsv", ".jsonl")
                  and f.stat().st_size <= args.limit_mb * 1024 * 1024}
    now = digests(files)
    if args.save:
        args.save.write_text(json.dumps(now, indent=1), "utf-8")
        print(f"{len(now)} files: digests written to {args.save}")
        return
    before = json.loads(args.compare.read_text("utf-8"))
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    print(f"{len(now)} files parsed; {len(differ)} differ from {args.compare}")
    for name in differ:
        print("   ", name, "(new)" if name not in before else "(gone)" if name not in now else "")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
