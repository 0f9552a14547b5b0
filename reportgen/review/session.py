"""The briefing under review: what the page shows (every item in section order, every figure
beside its sentence, as the card prints it), and the corrections it saves."""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportgen.config import Config, load_config
from reportgen.review.edits import apply
from reportgen.review.store import Conflict, version_of


@dataclass
class Place:
    """Where an item lives: its summary (index in the prepared list) and the article it stands for."""

    summary: int
    article: Path


class Session:
    """A config's briefing, reloaded after each saved correction. One lock serializes saves."""

    def __init__(self, config: Path) -> None:
        self.config_path = config
        self.lock = threading.Lock()
        self.reload()

    def reload(self) -> None:
        from reportgen.build import prepare

        self.cfg: Config = load_config(self.config_path)
        self.prepared = prepare(self.cfg, echo=lambda *a: None)
        self.places: dict[str, Place] = {}
        for i, (summary, article) in enumerate(zip(self.prepared.summaries, self.prepared.articles, strict=True)):
            for item in summary["articles"]:
                self.places.setdefault(item["id"], Place(i, article))

    # --- what the page shows -------------------------------------------------------------------

    @property
    def sections(self) -> list[str]:
        return [s.heading.zh or s.heading.en for s in self.prepared.briefing.sections]

    def version(self, item_id: str) -> str | None:
        """The version of the reviewed summary an item's corrections are saved in (None: not yet)."""
        place = self.places[item_id]
        target = self.prepared.store.path_for(place.article)
        return version_of(target.read_bytes()) if target.exists() else None

    def state(self) -> dict[str, Any]:
        """Every item in section order (then the items in no section), with every figure."""
        from reportgen.english.figures import figure_en, since_english
        from reportgen.printed import printed, since_said

        b = self.prepared.briefing
        shown = {f.id for f in b.figures}
        refs = {f.id: f.ref for f in b.figures}  # the number the reading copy prints beside the figure
        hero = b.hero.id if b.hero else None
        groups = [(sec.number, sec.heading.zh, sec.heading.en, [v.id for v in sec.items]) for sec in b.sections]
        groups.append(("—", "未列入简报的稿件", "Items not in the briefing", [v.id for v in b.left_out]))
        items = {a["id"]: (a, s) for s in self.prepared.summaries for a in s["articles"]}
        stale = self.prepared.review.stale
        texts: dict[Path, str] = {}  # each article read and cleaned once
        out = []
        for number, zh, en, ids in groups:
            rows = []
            for item_id in ids:
                if item_id not in items:
                    continue
                item, summary = items[item_id]
                path = self.places[item_id].article
                if path not in texts:
                    texts[path] = _article_text(path)
                text = texts[path]
                stats = []
                for st in item.get("stats") or []:
                    p = printed(st)
                    sentence = st.get("sentence") or ""
                    mark = p.zh if p.zh and p.zh in sentence else st["value"]
                    k = _mark_at(sentence, mark, len(p.lead) if mark == p.zh else 0, text, (st.get("span") or [0])[0])
                    stats.append({**{f: st.get(f) for f in ("id", "label", "label_en", "value", "unit", "qualifier",
                                                             "region", "period", "kind", "direction", "caveat",
                                                             "caveat_en", "since")},
                                  # as the card prints it: 740万余人次（含…）, and 1120人 · 2016年以来
                                  "printed_zh": p.said + (f" · {since}" if (since := since_said(st)) else ""),
                                  "printed_en": ", ".join(x for x in (figure_en(st), since and since_english(since)) if x),
                                  "before": sentence[:k] if k >= 0 else sentence, "mark": mark if k >= 0 else "",
                                  "after": sentence[k + len(mark):] if k >= 0 else "",
                                  "shown": st["id"] in shown, "hero": st["id"] == hero, "ref": refs.get(st["id"]),
                                  "gone": bool(text) and bool(sentence) and not _in_text(sentence, text)})
                rows.append({"id": item_id, "kind": item.get("kind"), "title": item.get("title") or "",
                             "title_en": item.get("title_en") or "", "summary_en": item.get("summary_en") or "",
                             "reviewed": bool(item.get("reviewed")), "dropped": bool(item.get("dropped")),
                             "section": item.get("section") or "", "cards": item.get("cards"),
                             "source": summary["source"]["path"], "stale": summary["source"]["path"] in stale,
                             "version": self.version(item_id), "stats": stats})
            out.append({"number": number, "heading": zh, "heading_en": en, "items": rows})
        shown_total = len(b.figures)
        reviewed = sum(1 for f in b.figures if f.reviewed)
        return {"title": self.cfg.title.zh or self.cfg.title.en, "sections": self.sections, "groups": out,
                "hero": hero, "briefing_version": self.prepared.store.briefing()[1],
                "status": {"shown": shown_total, "reviewed": reviewed}}

    # --- corrections -----------------------------------------------------------------------------

    def save(self, item_id: str, payload: dict[str, Any]) -> list[str]:
        """Apply a correction to an item and store its reviewed summary; the problems found (nothing
        is saved when there are any). Raises Conflict for a stale version, KeyError for an unknown item."""
        with self.lock:
            place = self.places[item_id]
            summary: dict[str, Any] = copy.deepcopy(dict(self.prepared.summaries[place.summary]))
            index = next(i for i, a in enumerate(summary["articles"]) if a["id"] == item_id)
            item, problems = apply(summary["articles"][index], payload, self.sections)
            if problems:
                return problems
            summary["articles"][index] = item
            self.prepared.store.write(place.article, summary, payload.get("version"))
            self.reload()
            return []

    def set_hero(self, stat_id: str | None, version: str | None) -> list[str]:
        with self.lock:
            known = {s["id"] for summary in self.prepared.summaries for a in summary["articles"]
                     for s in a.get("stats") or []}
            if stat_id is not None and stat_id not in known:
                return [f"{stat_id}: is not a figure of this briefing"]
            data, _ = self.prepared.store.briefing()
            if stat_id is None:
                data.pop("hero", None)
            else:
                data["hero"] = stat_id
            self.prepared.store.write_briefing(data, version)
            self.reload()
            return []

    def preview(self) -> str:
        """The briefing's HTML, the same the PDF is made from (theme files under /theme/)."""
        from reportgen.render.html import render_html

        html = render_html(self.prepared.briefing, self.prepared.theme.dirs, Path(self.cfg.out_dir) / ".cache")
        return html.replace("<head>", '<head>\n<base href="/theme/">', 1)


def _article_text(path: Path) -> str:
    """The article's paragraphs as the parser joins them (lines broken by the page layout rejoined), in
    its own spelling: what a figure's stored sentence is a part of."""
    try:
        from reportgen.clean import clean
        from reportgen.read import read_source

        if path.suffix.lower() in (".yaml", ".yml"):
            return ""
        page = clean(read_source(path).text)
        return "\n".join(p.mapped.original_text(page.orig, 0, len(p.text)) for p in page.paras)
    except Exception:  # noqa: BLE001 - a missing or unreadable article shows no "gone" marks
        return ""


def _flat(text: str) -> str:
    return "".join(text.split()).replace("**", "")


def _mark_at(sentence: str, mark: str, lead: int, text: str, start: int) -> int:
    """Where in its sentence the figure stands (-1: not in it). A sentence may hold the same digits
    more than once (a table's row 三亚庭 | 22.22% | 20.00% | 2.22 |): the occurrence whose words
    before it are the article's words before the figure's span; the first one when the article
    cannot tell (it is gone, or the words do not match)."""
    found, k = [], sentence.find(mark)
    while k >= 0:
        found.append(k)
        k = sentence.find(mark, k + 1)
    if len(found) > 1 and text:
        before = _flat(text[max(0, start - 60):start])
        for k in found:
            said = _flat(sentence[:k + lead].strip("…"))[-12:]
            if said and before.endswith(said):
                return k
    return found[0] if found else -1


def _in_text(sentence: str, text: str) -> bool:
    """Is the figure's sentence still in the article? A long sentence is stored cut, with `…` where
    it goes on (summarize.CONTEXT): the part between the marks is what must still be there."""
    return _flat(sentence.strip("…")) in _flat(text)


__all__ = ["Conflict", "Session"]
