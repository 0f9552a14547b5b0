"""English coverage: the share of statistic labels that have English (a term-base entry, whole
or composed from its parts), on the seeds, on the 40 corpus texts of tests/english_corpus.txt (the
figure the term base is held to), on the other texts bench/corpus_sample.py cuts from the corpus
(text nobody looked at when adding terms) and on the development set's legal news. On the fixture,
the labels tests/english_fragments.txt lists as parser fragments (they name nothing counted and
should have no English) are counted apart: the share of the others with English, and the ceiling
they leave, are printed, and the labels without English are counted by cause.

Also counted: document and campaign names by origin (pinyin must be 0) and the fields listed in
`en_missing` by kind.

Run by hand:  .venv/bin/python bench/english_coverage.py [--corpus ../shared/corpus] [--show 20]
              [--rest 200] [--kind report|news|court] [--misses FILE]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIXTURE = ROOT / "tests" / "english_corpus.txt"
FRAGMENTS = ROOT / "tests" / "english_fragments.txt"
KINDS = {"prov": "report", "nat": "report", "sohu": "news", "tianjin": "court"}


def fixture_names(path: Path = FIXTURE) -> list[str]:
    """The corpus texts the coverage figure is measured on, by corpus_sample.py file name."""
    return [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


def fragment_labels(path: Path = FRAGMENTS) -> set[str]:
    """The fixture's labels judged by hand to be parser fragments (they should have no English)."""
    if not path.is_file():
        return set()
    lines = [ln.rstrip("\n") for ln in path.read_text("utf-8").splitlines()]
    return {"" if ln == "<empty>" else ln for ln in lines if ln and not ln.startswith("#")}


def kind_of(name: str) -> str:
    return KINDS.get(name.split("_", 1)[0], "other")


class Tally:
    """Labels with and without English, names by origin, missing fields by kind."""

    def __init__(self, fragments: set[str] | None = None) -> None:
        self.total = self.covered = 0
        self.fragments = fragments  # labels that name nothing counted, when they are known
        self.fragment = self.fragment_covered = 0
        self.missing: Counter = Counter()
        self.names: Counter = Counter()
        self.fields: Counter = Counter()

    def add(self, summary: dict) -> None:
        for a in summary["articles"]:
            for s in a["stats"]:
                self.total += 1
                if self.fragments is not None and (s["label"] or "") in self.fragments:
                    self.fragment += 1
                    self.fragment_covered += bool(s.get("label_en"))
                if s.get("label_en"):
                    self.covered += 1
                else:
                    self.missing[s["label"]] += 1
            for key in ("documents_en", "campaigns_en"):
                for n in a.get(key) or []:
                    self.names[(key[:-3], n["origin"])] += 1
        for m in summary.get("en_missing") or []:
            self.fields[re.sub(r"^\S+ ", "", m).split(" ")[0]] += 1

    def line(self, what: str) -> str:
        share = self.covered / self.total if self.total else 0.0
        out = f"{what}: {self.covered}/{self.total} labels with English ({share:.1%})"
        if self.fragments is not None and self.total:
            named = self.total - self.fragment
            done = self.covered - self.fragment_covered
            out += (f"; {self.fragment} fragments ({self.fragment / self.total:.1%}, ceiling "
                    f"{named / self.total:.1%}, {self.fragment_covered} with English); labels that name what "
                    f"is counted: {done}/{named} ({done / named if named else 0:.1%})")
        return out

    def causes(self) -> str:
        """Why the labels without English have none: fragment, a word the term base lacks, or known
        parts that no rule composes."""
        from reportgen.english.labels import segment
        from reportgen.english.terms import default_terms

        terms = default_terms()
        why: Counter = Counter()
        for label, n in self.missing.items():
            if self.fragments is not None and (label or "") in self.fragments:
                why["fragment"] += n
            elif segment(terms, (label or "").strip()):
                why["known parts, no rule composes them"] += n
            else:
                why["a word the term base lacks"] += n
        return ", ".join(f"{k} {n}" for k, n in why.most_common())

    def show(self, n: int) -> None:
        for label, k in self.missing.most_common(n):
            print(f"   missing ×{k}: {label}")


def needed_words(missing: Counter) -> list[tuple[str, int, str]]:
    """Words not in the term base, ranked by the labels they keep from English (a label with k
    unknown words counts 1/k for each), with the number of labels where the word is the only
    unknown part: the next terms to look up in an official bilingual source."""
    from reportgen.english.labels import _lookup
    from reportgen.english.terms import default_terms
    from reportgen.words import cut

    terms = default_terms()
    alone: Counter = Counter()
    share: Counter = Counter()
    example: dict[str, str] = {}
    for label, n in missing.items():
        text = re.sub(r"[“”《》（）()\s、，,]", "", label)
        i, unknown = 0, []
        while i < len(text):
            for j in range(min(len(text), i + terms.max_len), i, -1):
                if _lookup(terms, text[i:j], None) is not None:
                    i = j
                    break
            else:
                w = cut(text[i:])[0]
                unknown.append(w)
                i += len(w)
        for w in set(unknown):
            share[w] += n / len(set(unknown))
            example.setdefault(w, label)
        if len(unknown) == 1:
            alone[unknown[0]] += n
    return [(w, round(k, 1), f"alone in {alone[w]}; {example[w]}") for w, k in share.most_common()]


def parse_all(texts: list[tuple[str, str]]) -> dict[str, dict]:
    from reportgen.pipeline import parse_bytes

    return {name: parse_bytes(text.encode("utf-8"), f"{name}.txt") for name, text in texts}


def main() -> None:
    import jieba

    jieba.setLogLevel(60)
    from bench.corpus_sample import sample
    from reportgen.pipeline import parse_file

    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--show", type=int, default=20, help="most frequent labels without English to list")
    ap.add_argument("--rest", type=int, default=200, help="how many other corpus texts to check (0: none)")
    ap.add_argument("--kind", choices=sorted(set(KINDS.values())), help="list misses of this kind only")
    ap.add_argument("--misses", type=Path, help="write every fixture label without English to this file")
    ap.add_argument("--needed", type=int, default=0,
                    help="list the words the term base lacks that would give the most fixture labels English")
    args = ap.parse_args()

    seeds = Tally()
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        seeds.add(parse_file(p))
    print(seeds.line("seeds"))
    seeds.show(args.show)
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus} (give --corpus)")
        return

    wanted = fixture_names()
    pool = sample(args.corpus, 10 ** 6)
    by_name = dict(pool)
    if absent := [n for n in wanted if n not in by_name]:
        sys.exit(f"error: {FIXTURE}: not cut from the corpus: {', '.join(absent)}")
    parsed = parse_all([(n, by_name[n]) for n in wanted])
    fragments = fragment_labels()
    whole, per_kind = Tally(fragments), {k: Tally(fragments) for k in sorted(set(KINDS.values()))}
    for name, sm in parsed.items():
        whole.add(sm)
        per_kind[kind_of(name)].add(sm)
    print(whole.line(f"corpus fixture ({len(wanted)} texts, {FIXTURE.relative_to(ROOT)})"))
    for k, t in per_kind.items():
        print("   " + t.line(k))
    print("   without English, by cause: " + whole.causes())
    shown = per_kind[args.kind] if args.kind else whole
    shown.show(args.show)
    print("   documents and campaigns by origin: " +
          (", ".join(f"{what} {origin} {n}" for (what, origin), n in sorted(whole.names.items())) or "none"))
    print("   en_missing by field: " + ", ".join(f"{f} {n}" for f, n in whole.fields.most_common()))
    if args.misses:
        args.misses.write_text("".join(f"{n}\t{label}\n" for label, n in shown.missing.most_common()), "utf-8")
    if args.needed:
        print("   words the term base lacks, by the labels they keep from English:")
        for word, n, example in needed_words(shown.missing)[: args.needed]:
            print(f"     {word}: {n} (e.g. {example})")

    if args.rest:
        # the others, a few of each kind in turn (the order corpus_sample.py cuts them in)
        rest_names = [n for n, _ in pool if n not in set(wanted)]
        chosen: list[str] = []
        kinds = sorted({kind_of(n) for n in rest_names})
        queues = {k: [n for n in rest_names if kind_of(n) == k] for k in kinds}
        while len(chosen) < args.rest and any(queues.values()):
            for k in kinds:
                if queues[k] and len(chosen) < args.rest:
                    chosen.append(queues[k].pop(0))
        rest, rest_kind = Tally(), {k: Tally() for k in kinds}
        for name, sm in parse_all([(n, by_name[n]) for n in chosen]).items():
            rest.add(sm)
            rest_kind[kind_of(name)].add(sm)
        print(rest.line(f"other corpus texts ({len(chosen)})"))
        for k, t in rest_kind.items():
            print("   " + t.line(k))
        print("   documents and campaigns by origin: " +
              (", ".join(f"{what} {origin} {n}" for (what, origin), n in sorted(rest.names.items())) or "none"))

    dev = ROOT / "tests" / "devset"
    for part in ("dev", "holdout"):
        files = sorted((dev / part / "texts").glob("*.txt"))
        if files:
            t = Tally()
            for f in files:
                t.add(parse_file(f))
            print(t.line(f"development set, {part} ({len(files)} legal-news and report passages)"))


if __name__ == "__main__":
    main()
