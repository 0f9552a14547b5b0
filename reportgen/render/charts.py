"""Bar charts of a section's comparable figures (matplotlib), as SVG for the PDF and PNG for
the DOCX, with a CJK font; cached by content so a warm build does not draw them again."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from reportgen.assemble import Figure
from reportgen.vocab import MISSING_EN
from reportgen.yamlio import write_atomic

CHART_VERSION = "1"


def _key(figures: list[Figure], fmt: str, fonts: list[str], lang: list[str]) -> str:
    data = [[f.label, f.label_en, f.norm, f.norm_unit] for f in figures]
    raw = json.dumps([CHART_VERSION, fmt, fonts, lang, data], ensure_ascii=False).encode()
    return hashlib.sha256(raw).hexdigest()[:32]


def bar_chart(figures: list[Figure], fmt: str, fonts: list[str], languages: list[str],
              cache_dir: Path | None = None, color: str = "#c8102e") -> bytes:
    """A horizontal bar chart, largest first; labels in the briefing's languages."""
    path = cache_dir / f"chart-{_key(figures, fmt, fonts, languages)}.{fmt}" if cache_dir else None
    if path is not None and path.exists():
        return path.read_bytes()
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    plt.rcParams.update({"font.family": [*fonts, "Noto Sans CJK SC", "DejaVu Sans"], "svg.fonttype": "none",
                         "svg.hashsalt": "reportgen", "axes.unicode_minus": False})
    labels = []
    for f in figures:
        parts = []
        if "zh" in languages:
            parts.append(f.label[:18] + ("…" if len(f.label) > 18 else ""))
        if "en" in languages:
            en = f.label_en or MISSING_EN
            parts.append(en[:34] + ("…" if len(en) > 34 else ""))
        labels.append("\n".join(parts))
    values = [f.norm for f in figures]
    height = 0.55 * len(figures) * (1.5 if len(languages) == 2 else 1) + 0.6
    fig, ax = plt.subplots(figsize=(6.4, height), dpi=150)
    y = list(range(len(figures)))[::-1]
    ax.barh(y, values, color=color, height=0.6)
    ax.set_yticks(y, labels, fontsize=8)
    for yi, f in zip(y, figures, strict=True):
        ax.text(f.norm, yi, f"  {f.zh}", va="center", fontsize=8, color="#222")
    ax.spines[["top", "right", "bottom"]].set_visible(False)
    ax.set_xticks([])
    ax.set_xlim(0, max(values) * 1.25 if values and max(values) > 0 else 1)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt, metadata={"Date": None} if fmt == "svg" else {"Software": None})
    plt.close(fig)
    data = buf.getvalue()
    if path is not None:
        write_atomic(path, data)
    return data
