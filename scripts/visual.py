"""Compare chosen pages of a theme's example briefing with the committed reference pictures, or
rewrite them: `.venv/bin/python scripts/visual.py [all|jianbao|yitu] [--update] [--readme docs/<theme>.png]`
(yitu: tests/visual/poster.py, which also draws the sources PDF and the mobile screens).

Pages that differ are listed and an image diff of each (reference | now | overlaid: red is only in
the reference, blue only now) is written to out/visual/<theme>/; review those before committing a
changed reference. `--readme` also writes the first page at 80 dpi for the README. Exit status 1
when a page differs (without --update)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.visual.render import THEMES, build_example, compare, render, scratch  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("theme", nargs="?", default="all", choices=sorted([*THEMES, "yitu", "all"]),
                    help="one theme's example, or all (the default)")
    ap.add_argument("--update", action="store_true", help="rewrite the references that differ")
    ap.add_argument("--readme", type=Path, help="also write the first page (80 dpi) to this PNG (one theme only)")
    args = ap.parse_args(argv)
    if args.theme == "all":
        if args.readme:
            ap.error("--readme needs one theme")
        flags = ["--update"] if args.update else []
        return max(main([theme, *flags]) for theme in sorted([*THEMES, "yitu"]))
    if args.theme == "yitu":  # the 一图读懂 example also draws its sources PDF and mobile screens
        from tests.visual import poster

        return poster.main(update=args.update, readme=args.readme)
    diffs = ROOT / "out" / "visual" / args.theme
    with scratch() as tmp:
        pdf, _ = build_example(args.theme, Path(tmp))
        lines = compare(args.theme, pdf, diffs=diffs, update=args.update)
        if args.readme:
            render(pdf, [1], dpi=80, grey=False)[0].save(args.readme, optimize=True)
            print(f"wrote {args.readme}")
    for line in lines:
        print(("rewrote " if args.update else "differs: ") + line)
    if lines and any("differ" in line for line in lines):
        print(f"image diffs (reference | now | overlaid): {diffs.relative_to(ROOT)}/")
    print(f"{len(THEMES[args.theme].pages)} page(s) of {args.theme}, {len(lines)} "
          + ("rewritten" if args.update else "differ"))
    return 1 if lines and not args.update else 0


if __name__ == "__main__":
    sys.exit(main())
