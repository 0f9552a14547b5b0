"""The figures table for spreadsheet people: every figure of the briefing, one row each, as CSV,
XLSX or JSON; and the same table taken back after editing, its changed cells applied to the
reviewed summaries (all rows checked first: one bad row and nothing is applied)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportgen.errors import UserError

COLUMNS = ("id", "section", "item", "shown", "hero", "value", "unit", "qualifier", "printed_zh", "printed_en",
           "label", "label_en", "region", "period", "kind", "direction", "caveat", "caveat_en", "since", "source", "line",
           "sentence")
EDITABLE = ("label", "label_en", "value", "unit", "qualifier", "region", "period", "kind", "direction", "caveat",
            "caveat_en", "since")
WIDTHS = {"id": 13, "section": 16, "item": 24, "shown": 7, "hero": 6, "value": 10, "unit": 8, "qualifier": 10,
          "printed_zh": 16, "printed_en": 24, "label": 20, "label_en": 28, "region": 14, "period": 10, "kind": 10,
          "direction": 9, "caveat": 16, "caveat_en": 24, "since": 12, "source": 28, "line": 6, "sentence": 70}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text, never runs as a formula (=, +, -, @ are quoted)."""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def _uncell(value: Any) -> str:
    text = "" if value is None else str(value)
    if text.startswith("'") and text[1:].startswith(_FORMULA):
        return text[1:]
    return text


def rows(session) -> list[dict[str, Any]]:
    """One row per figure of the briefing (sections in order, then the items in none)."""
    state = session.state()
    out = []
    for group in state["groups"]:
        for item in group["items"]:
            text = _article_text(session.places[item["id"]].article)
            summary = session.prepared.summaries[session.places[item["id"]].summary]
            spans = {s["id"]: s.get("span") for a in summary["articles"] if a["id"] == item["id"] for s in a["stats"]}
            for s in item["stats"]:
                span = spans.get(s["id"]) or [0, 0]
                out.append({
                    "id": s["id"], "section": f"{group['number']} {group['heading']}".strip(),
                    "item": f"{item['id']} {item['title']}".strip(), "shown": "yes" if s["shown"] else "no",
                    "hero": "yes" if s["hero"] else "", "value": s["value"], "unit": s["unit"] or "",
                    "qualifier": s["qualifier"], "printed_zh": s["printed_zh"], "printed_en": s["printed_en"],
                    "label": s["label"] or "", "label_en": s["label_en"] or "", "region": s["region"] or "",
                    "period": s["period"] or "", "kind": s["kind"], "direction": s["direction"] or "",
                    "caveat": s["caveat"] or "", "caveat_en": s["caveat_en"] or "", "since": s["since"] or "",
                    "source": item["source"], "line": text.count("\n", 0, span[0]) + 1 if text else "",
                    "sentence": s["before"] + s["mark"] + s["after"]})
    return out


def _article_text(path: Path) -> str:
    from reportgen.review.session import _article_text as read

    return read(path)


def write_table(table: list[dict[str, Any]], fmt: str) -> bytes:
    """The table as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read it as such), XLSX
    (frozen header, column widths, sentences wrapped) or JSON."""
    if fmt == "json":
        return json.dumps(table, ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(COLUMNS)
        for r in table:
            w.writerow([_cell(r[c]) for c in COLUMNS])
        return ("\ufeff" + buf.getvalue()).encode("utf-8")
    if fmt == "xlsx":
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter

        wb = Workbook()
        ws = wb.active
        ws.title = "figures"
        ws.append(list(COLUMNS))
        for r in table:
            ws.append([_cell(r[c]) for c in COLUMNS])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        for i, c in enumerate(COLUMNS, 1):
            ws.column_dimensions[get_column_letter(i)].width = WIDTHS[c]
        wrap = Alignment(wrap_text=True, vertical="top")
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                cell.alignment = wrap
        out = io.BytesIO()
        wb.save(out)
        return out.getvalue()
    raise UserError(f"unknown format {fmt!r} (use csv, xlsx or json)")


def read_table(path: Path) -> list[dict[str, str]]:
    """A figures table as written by `write_table` and edited in a spreadsheet program."""
    try:
        if path.suffix.lower() == ".xlsx":
            from openpyxl import load_workbook

            ws = load_workbook(path, read_only=True, data_only=True).active
            values = list(ws.iter_rows(values_only=True))
            header = [str(h) for h in values[0]] if values else []
            table = [dict(zip(header, (_uncell(v) for v in row), strict=False)) for row in values[1:]]
        elif path.suffix.lower() == ".json":
            data = json.loads(path.read_text("utf-8-sig"))
            table = [{k: _uncell(v) for k, v in r.items()} for r in data] if isinstance(data, list) else []
        else:
            reader = csv.DictReader(io.StringIO(path.read_text("utf-8-sig")))
            table = [{k: _uncell(v) for k, v in r.items()} for r in reader]
    except (OSError, ValueError, KeyError) as exc:
        raise UserError(f"{path}: cannot be read as a figures table: {exc}") from None
    if table and "id" not in table[0]:
        raise UserError(f"{path}: has no `id` column (write the table with `reportgen figures`, edit it, apply it)")
    return table


@dataclass
class Change:
    row: int
    figure: str
    field: str
    old: str
    new: str


def plan(session, table: Iterable[dict[str, str]]) -> tuple[dict[str, dict[str, Any]], str | None, list[Change],
                                                            list[str]]:
    """The edits a table asks for, by item; the hero it asks for; the changes; and the problems
    (unknown ids, rows whose sentence is not the figure's, invalid values). Nothing is applied."""
    current = {r["id"]: r for r in rows(session)}
    stat_item = {r["id"]: r["item"].split(" ", 1)[0] for r in current.values()}
    edits: dict[str, dict[str, Any]] = {}
    changes: list[Change] = []
    problems: list[str] = []
    hero: str | None = None
    shown_now = {r["id"] for r in current.values() if r["shown"] == "yes"}
    shown_wanted = set(shown_now)
    row_of: dict[str, int] = {}
    for n, row in enumerate(table, 2):
        fid = (row.get("id") or "").strip()
        if not fid:
            continue
        now = current.get(fid)
        if now is None:
            problems.append(f"row {n}: {fid!r} is not a figure of this briefing")
            continue
        if "sentence" in row and "".join(row["sentence"].split()) != "".join(now["sentence"].split()):
            problems.append(f"row {n} ({fid}): its sentence is not this figure's sentence any more; export the "
                            f"table again")
            continue
        item_id = stat_item[fid]
        row_of[fid] = n
        for field in EDITABLE:
            if field in row and row[field].strip() != str(now[field]).strip():
                edits.setdefault(item_id, {"stats": {}, "item": {}})["stats"].setdefault(fid, {})[field] = \
                    row[field].strip()
                changes.append(Change(n, fid, field, str(now[field]), row[field].strip()))
        if "shown" in row and row["shown"].strip().lower() in ("yes", "no") and \
                (row["shown"].strip().lower() == "yes") != (fid in shown_now):
            (shown_wanted.add if row["shown"].strip().lower() == "yes" else shown_wanted.discard)(fid)
            edits.setdefault(item_id, {"stats": {}, "item": {}})
            changes.append(Change(n, fid, "shown", now["shown"], row["shown"].strip().lower()))
        if row.get("hero", "").strip().lower() == "yes" and now["hero"] != "yes":
            hero = fid
            changes.append(Change(n, fid, "hero", "", "yes"))
    order = list(current)
    for item_id, edit in edits.items():
        ids = [i for i in order if stat_item[i] == item_id]
        if any((i in shown_now) != (i in shown_wanted) for i in ids):
            edit["item"]["cards"] = [i for i in ids if i in shown_wanted]
    from reportgen.review.edits import apply

    for item_id, edit in edits.items():
        place = session.places[item_id]
        item = next(a for a in session.prepared.summaries[place.summary]["articles"] if a["id"] == item_id)
        for problem in apply(dict(item), edit, session.sections)[1]:
            fid = problem.split(" ", 1)[0].rstrip(":")
            problems.append(f"row {row_of[fid]}: {problem}" if fid in row_of else problem)
    return edits, hero, changes, problems


def apply_table(session, table: list[dict[str, str]]) -> list[Change]:
    """Apply a table's changed cells; raises UserError listing every problem (nothing applied)."""
    edits, hero, changes, problems = plan(session, table)
    if problems:
        raise UserError("the table was not applied (nothing changed):\n" + "\n".join(f"  {p}" for p in problems))
    for item_id, edit in edits.items():
        payload = {**edit, "version": session.version(item_id)}
        found = session.save(item_id, payload)
        if found:  # checked above; a concurrent change between the check and the save
            raise UserError("\n".join(found))
    if hero is not None:
        session.set_hero(hero, session.prepared.store.briefing()[1])
    return changes
