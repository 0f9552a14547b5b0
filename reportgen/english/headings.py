"""Section headings of work reports whose official English follows their structure
(`reportgen/data/headings.yaml`): 2025年工作回顾 → "A Review of Our Work in 2025", “十五五”时期主要目标任务 →
"Major Targets and Tasks for the 15th Five-Year Plan Period". Only whole headings of these forms."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from reportgen.errors import UserError
from reportgen.yamlio import _Loader

_DIGITS = "一二三四五六七八九"
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_PLAN = "“(?P<{}>十[" + _DIGITS + "])五”"  # “十四五”, named p or q


def _plan(cn: str) -> str:
    """十四 → '14th Five-Year Plan'."""
    return f"{10 + _DIGITS.index(cn[1]) + 1}th Five-Year Plan"


@lru_cache(maxsize=1)
def _forms() -> tuple[tuple[re.Pattern[str], str], ...]:
    name = "headings.yaml"
    data = yaml.load(resources.files("reportgen.data").joinpath(name).read_text("utf-8"), Loader=_Loader)
    sources = {s["id"] for s in data.get("sources") or []}
    out = []
    for form in data["headings"]:
        if form.get("source") not in sources:
            raise UserError(f"{name}: heading {form.get('zh')!r} cites no source listed in the file")
        rx = (re.escape(form["zh"]).replace(r"\{y\}", _YEAR)
              .replace(r"\{p\}", _PLAN.format("p")).replace(r"\{q\}", _PLAN.format("q")))
        out.append((re.compile(rx), form["en"]))
    return tuple(out)


def heading_en(text: str) -> str | None:
    """The official English of a whole report heading of a known form, else None."""
    t = text.strip()
    for pattern, en in _forms():
        if (m := pattern.fullmatch(t)) is not None:
            slots = m.groupdict()
            return en.format(y=slots.get("y"), p=_plan(slots["p"]) if slots.get("p") else None,
                             q=_plan(slots["q"]) if slots.get("q") else None)
    return None
