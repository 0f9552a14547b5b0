"""Bar charts of comparable figures (matplotlib), as SVG for the PDF and PNG for
the DOCX, with a CJK font; cached by content so a warm build does not draw them again."""

from __future__ import annotations

import hashlib
import io
import json
import textwrap
import warnings
from pathlib import Path

from reportgen.charting import Chart
from reportgen.yamlio import write_atomic

CHART_VERSION = "2"


def _key(chart: Chart, fmt: str, fonts: list[str], lang: list[str], color: str) -> str:
    """Everything the chart shows and how: its bars' labels, values as printed and lengths, the fonts,
    languages and colour."""
    data = [chart.bars_zh, chart.bars_en, [(f.norm, f.zh) for f in chart.figures]]
    raw = json.dumps([CHART_VERSION, fmt, fonts, lang, color, data], ensure_ascii=False).encode()
    return hashlib.sha256(raw).hexdigest()[:32]


def _wrap(text: str, width: int) -> str:
    """Wrap a label instead of cutting it: CJK by characters, English by words."""
    if all(ord(c) < 0x2E80 for c in text):
        return "\n".join(textwrap.wrap(text, width * 2)) or text
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def _cached(folder: Path, key: str, fmt: str) -> bytes | None:
    """A cached chart whose bytes still have the hash in its name (a file changed in the cache is drawn again)."""
    for path in folder.glob(f"chart-{key}-*.{fmt}"):
        try:
            data = path.read_bytes() if path.is_file() and not path.is_symlink() else b""
        except OSError:
            continue
        if data and path.stem.rsplit("-", 1)[1] == hashlib.sha256(data).hexdigest()[:16]:
            return data
        path.unlink(missing_ok=True)
    return None


def _installed(fonts: list[str]) -> list[str]:
    """The families matplotlib can find (asking for others makes it print a findfont line per label)."""
    from matplotlib import font_manager

    known = {f.name for f in font_manager.fontManager.ttflist}
    return [f for f in fonts if f in known]


def bar_chart(chart: Chart, fmt: str, fonts: list[str], languages: list[str],
              cache_dir: Path | None = None, color: str = "#c8102e") -> bytes:
    """A horizontal bar chart in the chart's order; bar labels in the briefing's languages, wrapped;
    each bar's value printed as the source says it."""
    key = _key(chart, fmt, fonts, languages, color)
    if cache_dir is not None and (hit := _cached(cache_dir, key, fmt)) is not None:
        return hit
    import logging

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    families = _installed([*fonts, "Noto Sans CJK SC", "DejaVu Sans"]) or ["DejaVu Sans"]
    plt.rcParams.update({"font.family": families, "svg.fonttype": "none",
                         "svg.hashsalt": "reportgen", "axes.unicode_minus": False})
    figures = chart.figures
    labels = []
    for zh, en in zip(chart.bars_zh, chart.bars_en, strict=True):
        parts = []
        if "zh" in languages:
            parts.append(_wrap(zh, 12))
        if "en" in languages and en:
            parts.append(_wrap(en, 16))
        labels.append("\n".join(parts))
    lines = max((label.count("\n") + 1 for label in labels), default=1)
    values = [f.norm for f in figures]
    height = (0.28 * lines + 0.3) * len(figures) + 0.6
    fig, ax = plt.subplots(figsize=(6.4, height), dpi=150)
    y = list(range(len(figures)))[::-1]
    ax.barh(y, values, color=color, height=0.6)
    ax.set_yticks(y, labels, fontsize=8)
    for yi, f in zip(y, figures, strict=True):
        ax.text(f.norm, yi, f"  {f.zh}", va="center", fontsize=8, color="#222")
    ax.spines[["top", "right", "bottom"]].set_visible(False)
    ax.set_xticks([])
    ax.set_xlim(0, max(values) * 1.35 if values and max(values) > 0 else 1)
    with warnings.catch_warnings():  # a glyph the fonts lack: the build's font check reports it once
        warnings.filterwarnings("ignore", message=r"Glyph \d+ .*missing from font", category=UserWarning)
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt, metadata={"Date": None} if fmt == "svg" else {"Software": None})
    plt.close(fig)
    data = buf.getvalue()
    if cache_dir is not None:
        try:
            write_atomic(cache_dir / f"chart-{key}-{hashlib.sha256(data).hexdigest()[:16]}.{fmt}", data)
        except OSError:
            pass  # only the cache is lost: the chart is drawn again next time
    return data
