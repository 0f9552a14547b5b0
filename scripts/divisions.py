"""Write reportgen/data/divisions.tsv: every county- and prefecture-level division of mainland China,
current and former, so that the parser can tell a place (崆峒区, 浦东新区) from a word that only
looks like one (文明城市, 海岛县, 深水区, 东北地区).

    .venv/bin/python scripts/divisions.py MODOOD_DIR CNID_DIR

MODOOD_DIR: a checkout of github.com/modood/Administrative-divisions-of-China (dist/cities.csv and
dist/areas.csv: the National Bureau of Statistics' division codes, 2023; WTFPL).
CNID_DIR: a checkout of github.com/andrewhoulbrook/cnid-validator (data/adminGeo.js: codes in use in
2018 and many former ones, each with an English name; no licence stated, factual data of GB/T 2260).
Columns: code, Chinese name, English bare name from cnid where it gives one (empty otherwise), and
`current` or `former`.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "reportgen" / "data" / "divisions.tsv"
_LEVEL_WORDS = re.compile(r"\s+(District|County|City|Area|Prefecture|Banner|Autonomous\b.*|New Area|Mining District|"
                          r"Special District|Forest District|League)$", re.I)


def _bare_en(en: str) -> str:
    """'Kongtong District' → 'Kongtong'; names cnid leaves in lower case or without a level are kept only
    when they read as a name (capitalized words)."""
    en = _LEVEL_WORDS.sub("", en.strip())
    return en if re.fullmatch(r"[A-Z][a-z'’-]*(?: [A-Z][a-z'’-]*)*", en) else ""


def main(modood: Path, cnid: Path) -> int:
    rows: dict[str, tuple[str, str, str]] = {}
    for name in ("cities.csv", "areas.csv"):
        with open(modood / "dist" / name, encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                code = r["code"].ljust(6, "0")
                if r["name"] not in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                    rows[code] = (r["name"], "", "current")
    js = (cnid / "data" / "adminGeo.js").read_text(encoding="utf-8")
    for code, zh, _py, en in re.findall(r'"(\d{6})":\s*\[\s*["\']([^"\']*)["\'],\s*["\']([^"\']*)["\'],\s*'
                                        r'["\']([^"\']*)["\']', js):
        if code.endswith("0000") or zh in ("市辖区", "县") or not re.fullmatch(r"[\u4e00-\u9fff]+", zh):
            continue
        bare = _bare_en(en)
        if code in rows and rows[code][0] == zh:
            rows[code] = (zh, bare, "current")
        elif not any(v[0] == zh for v in rows.values()):
            rows.setdefault(code, (zh, bare, "former"))
    lines = ["# code\tzh\ten (bare, where cnid-validator gives one)\tcurrent|former",
             "# written by scripts/divisions.py from modood/Administrative-divisions-of-China (2023, WTFPL) and "
             "andrewhoulbrook/cnid-validator (GB/T 2260 codes with English)"]
    lines += [f"{code}\t{zh}\t{en}\t{status}" for code, (zh, en, status) in sorted(rows.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(OUT.parents[2])}: {len(rows)} divisions "
          f"({sum(v[2] == 'former' for v in rows.values())} former)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
