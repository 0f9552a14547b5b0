"""What the 一图读懂 layouts (PDF and DOCX) share: the icons of the theme by measure, the section
colours, and short captions cut at a clause boundary in the source's own words."""

from __future__ import annotations

import base64
import io
import re
from pathlib import Path

from reportgen.render.themes import BUILTIN_THEMES, DEFAULT_THEME, theme_file

MEASURES = ("cases", "money", "people", "time", "rate", "up", "down", "bodies", "count")
ICONS = (*MEASURES, "quote", "photo")
ICON_DIR = "icons"
ICON_COLOUR = "#ffffff"  # drawn white on a disc of the section's colour

# One colour a section, in order (the stylesheet's .tone-N use the same): deep blue, red, teal,
# amber, violet, green.
TONES = ("#0b2e6f", "#c8102e", "#0f6a73", "#b0590e", "#5b3a8c", "#2e6b34")


def tone(index: int) -> str:
    """The colour of the index-th section (counting from 0), cycling through `TONES`."""
    return TONES[index % len(TONES)]


def icon_svg(dirs: list[Path], name: str, colour: str = ICON_COLOUR) -> bytes:
    """An icon of the theme (the first folder of the search order that has it), its strokes
    coloured; b"" when no folder has it."""
    if name not in ICONS:
        raise ValueError(name)
    for d in [*dirs, BUILTIN_THEMES / DEFAULT_THEME]:
        if (d / ICON_DIR / f"{name}.svg").is_file():
            svg = theme_file(d, f"{ICON_DIR}/{name}.svg").decode("utf-8")
            return svg.replace("currentColor", colour).encode("utf-8")
    return b""


def icon_urls(dirs: list[Path], colour: str = ICON_COLOUR) -> dict[str, str]:
    """Every icon as a data URL (nothing is fetched while laying out), by name."""
    return {n: "data:image/svg+xml;base64," + base64.b64encode(svg).decode() if (svg := icon_svg(dirs, n, colour))
            else "" for n in ICONS}


def icon_png(dirs: list[Path], name: str, colour: str) -> bytes | None:
    """An icon for Word: the theme's white PNG (`icons/png/<name>.png`) in `colour`; None when the
    theme has none."""
    from PIL import Image

    for d in [*dirs, BUILTIN_THEMES / DEFAULT_THEME]:
        f = d / ICON_DIR / "png" / f"{name}.png"
        if f.is_file():
            mask = Image.open(io.BytesIO(theme_file(d, f"{ICON_DIR}/png/{name}.png"))).convert("RGBA")
            rgb = tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))
            out = Image.new("RGBA", mask.size, (*rgb, 0))
            out.putalpha(mask.getchannel("A"))
            buf = io.BytesIO()
            out.save(buf, "PNG")
            return buf.getvalue()
    return None


# Where a caption may be cut: after a sentence, else after a clause (a comma before a digit is a
# thousands separator, a colon before a digit or a slash is in a time or an address: not a clause).
_SENTENCE_END = re.compile(r"[。！？!?]”?|；")
_CLAUSE_END = re.compile(r"[，、：]|,(?!\d)|;|:(?![/\d])")


def clip(text: str | None, limit: int) -> str:
    """The text as printed under a headline: whole when it is at most `limit` characters; else its
    sentences, then its clauses, as many as fit, ending with …… where a sentence was cut. A first
    clause longer than the limit is printed whole: words are never cut."""
    text = re.sub(r"\s+", " ", (text or "").strip())
    if len(text) <= limit:
        return text
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if m.end() <= limit]
    if ends and ends[-1] >= limit // 3:
        return _closed(text[:ends[-1]])
    cuts = [m.start() for m in _CLAUSE_END.finditer(text) if m.start() <= limit]
    if cuts:
        return _closed(text[:cuts[-1]] + "……")
    first = _CLAUSE_END.search(text)
    return _closed(text[:first.start()] + "……") if first else text


def _closed(text: str) -> str:
    """A quotation the cut left open is closed."""
    return text + "”" * max(text.count("“") - text.count("”"), 0)


_TAIL = re.compile(r"[\d.,]*\d[^\d]*$")


def split_figure(text: str) -> tuple[str, str]:
    """Words and the figure they end with (同比增长20.49% → 同比增长, 20.49%), so a layout can keep the
    figure whole and its number beside it."""
    m = _TAIL.search(text)
    return (text[:m.start()], text[m.start():]) if m else (text, "")


def clip_en(text: str | None, limit: int) -> str:
    """English cut the same way: whole sentences, else clauses, never inside a word."""
    text = re.sub(r"\s+", " ", (text or "").strip())
    if len(text) <= limit:
        return text
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", text) if m.end() <= limit]
    if ends and ends[-1] >= limit // 3:
        return text[:ends[-1]]
    cuts = [m.start() for m in re.finditer(r"[;,:](?=\s)", text) if m.start() <= limit]
    if cuts:
        return text[:cuts[-1]] + " …"
    return text
