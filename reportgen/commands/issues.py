"""`reportgen issues CONFIG`: the issues of a series built so far."""

from __future__ import annotations

from pathlib import Path


def main(config: Path) -> int:
    from reportgen.collect import display_path
    from reportgen.config import load_config
    from reportgen.series import built_issues

    cfg = load_config(config, check_files=False)
    rows = built_issues(cfg)
    if not rows:
        print(f"{config}: no issue built yet (reportgen build {config})")
        return 0
    print(f"{cfg.series}: {len(rows)} issue(s) built in {display_path(cfg.out_dir)}")
    for r in rows:
        number = f"第{r['issue']}期" if r["issue"] is not None else "—"
        files = ", ".join(r["files"][:4]) + (f", … {len(r['files']) - 4} more" if len(r["files"]) > 4 else "")
        print(f"  {number:<6} {r['window'] or '—':<12} {r['date'] or '—':<10}  {display_path(r['folder'])}/: {files}")
    return 0
