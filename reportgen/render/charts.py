"""Bar charts of comparable figures (matplotlib), as SVG for the PDF and PNG for
the DOCX, with a CJK font; cached by content so a warm build does not draw them again."""

from __future__ import annotations

import hashlib
import io
import json
import textwrap
from pathlib import Path

from reportgen.charting import Chart
from reportgen.yamlio import write_atomic

CHART_VERSION = "2"


def _key(chart: Chart, fmt: str, fonts: list[str], lang: list[str]) -> str:
    """Charts are cached by everything they draw: bars, labels, values as printed, fonts, languages."""
    data = [chart.bars_zh, chart.bars_en, [(f.norm, f.zh) for f in chart.figures]]
    raw = json.dumps([CHART_VERSION, fmt, fonts, lang, data], ensure_ascii=False).encode()
    return hashlib.sha256(raw).hexdigest()[:32]


def _wrap(text: str, width: int) -> str:
    """Wrap a label instead of cutting it: CJK by characters, English by words."""
    if all(ord(c) < 0x2E80 for c in text):
        return "\n".join(textwrap.wrap(text, width * 2)) or text
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def bar_chart(chart: Chart, fmt: str, fonts: list[str], languages: list[str],
              cache_dir: Path | None = None, color: str = "#c8102e") -> bytes:
    """A horizontal bar chart in the chart's order; bar labels in the briefing's languages, wrapped;
    each bar's value printed as the source says it."""
    path = cache_dir / f"chart-{_key(chart, fmt, fonts, languages)}.{fmt}" if cache_dir else None
    if path is not None and path.exists():
        return path.read_bytes()
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    plt.rcParams.update({"font.family": [*fonts, "Noto Sans CJK SC", "DejaVu Sans"], "svg.fonttype": "none",
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
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, metadata={"Date": None} if fmt == "svg" else {"Software": None})
    plt.close(fig)
    data = buf.getvalue()
    if path is not None:
        write_atomic(path, data)
    return data
