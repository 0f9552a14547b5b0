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

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "reportgen" / "data" / "divisions.tsv"
sys.path.insert(0, str(ROOT))

from reportgen.gazetteer import AUTONOMOUS  # noqa: E402

_LEVEL_WORDS = re.compile(r"\s+(District|County|City|Area|Prefecture|Banner|Autonomous\b.*|New Area|Mining District|"
                          r"Special District|Forest District|League)$", re.I)


_SUFFIX = re.compile(r"(自治县|自治州|自治旗|地区|新区|矿区|林区|特区|县|区|市|州|旗|盟)$")


def _readable(stem: str, en: str) -> bool:
    """`en` spells the stem with one of each character's readings (崆峒 kong + tong or dong: Kongtong),
    so a translated or garbled name (改则 'Modified', 南部 'Southern', 集安 'Ji') is not taken."""
    from pypinyin import Style, pinyin

    readings = [{r.replace("ü", "v") for r in rs} | {r.replace("ü", "u") for r in rs}
                for rs in pinyin(stem, style=Style.NORMAL, heteronym=True)]
    word = en.lower().replace("'", "").replace("’", "").replace("-", "")

    def fits(i: int, at: int) -> bool:
        if i == len(readings):
            return at == len(word)
        return any(word.startswith(r, at) and fits(i + 1, at + len(r)) for r in readings[i])

    return fits(0, 0)


def _bare_en(zh: str, en: str) -> str:
    """'Kongtong District' → 'Kongtong', kept when it is one capitalized word that spells the name with
    its characters' readings (where it differs from the first reading, it settles a polyphone: 长清
    Changqing, 都昌 Duchang); '' otherwise, and the name is written in pinyin by rule."""
    en = _LEVEL_WORDS.sub("", en.strip())
    if not re.fullmatch(r"[A-Z][a-z'’-]+", en):
        return ""
    m = AUTONOMOUS.match(zh)
    stem = m.group(1) if m else _SUFFIX.sub("", zh)
    return en if len(stem) >= 2 and _readable(stem, en) else ""


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
        bare = _bare_en(zh, en)
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
