"""Bar charts of a section's comparable figures (matplotlib), as SVG for the PDF and PNG for
the DOCX, with a CJK font; cached by content so a warm build does not draw them again."""

from __future__ import annotations

import hashlib
import io
import json
import warnings
from pathlib import Path

from reportgen.assemble import Figure
from reportgen.vocab import MISSING_EN
from reportgen.yamlio import write_atomic

CHART_VERSION = "1"


def _key(figures: list[Figure], fmt: str, fonts: list[str], lang: list[str], color: str) -> str:
    """Everything the chart shows and how: each bar's label, English, value as written, unit and
    length, the fonts, languages and colour."""
    data = [[f.label, f.label_en, f.value, f.unit, f.norm, f.norm_unit] for f in figures]
    raw = json.dumps([CHART_VERSION, fmt, fonts, lang, color, MISSING_EN, data], ensure_ascii=False).encode()
    return hashlib.sha256(raw).hexdigest()[:32]


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


def bar_chart(figures: list[Figure], fmt: str, fonts: list[str], languages: list[str],
              cache_dir: Path | None = None, color: str = "#c8102e") -> bytes:
    """A horizontal bar chart, largest first; labels in the briefing's languages."""
    key = _key(figures, fmt, fonts, languages, color)
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
        ax.text(f.norm, yi, f"  {f.value}{f.unit}", va="center", fontsize=8, color="#222")
    ax.spines[["top", "right", "bottom"]].set_visible(False)
    ax.set_xticks([])
    ax.set_xlim(0, max(values) * 1.25 if values and max(values) > 0 else 1)
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
