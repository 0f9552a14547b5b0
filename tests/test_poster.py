"""The 一图读懂 poster's pieces: an icon by what a figure counts, captions cut only between clauses,
the cover's key figures with their scope, and the icons for Word drawn from the theme's SVGs."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import pytest

from reportgen.assemble import Figure
from reportgen.render.poster import ICONS, MEASURES, clip, clip_en, icon_png, icon_svg, split_figure

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "reportgen" / "themes" / "yitu" / "icons"


def fig(kind: str, unit: str, norm_unit: str | None = None, direction: str | None = None, **kw) -> Figure:
    return Figure(ref=1, id="x-01.s01", item_id="x-01", label="受理执行案件", label_en=None, value="12", unit=unit,
                  en=None, kind=kind, norm=12, norm_unit=norm_unit if norm_unit is not None else unit, sentence="",
                  source="", direction=direction, **kw)


@pytest.mark.parametrize("kind, unit, norm_unit, direction, measure", [
    ("count", "件", None, None, "cases"), ("count", "万件", "件", None, "cases"), ("count", "起", None, None, "cases"),
    ("amount", "亿元", "元", None, "money"), ("count", "人", None, None, "people"), ("count", "人次", None, None, "people"),
    ("duration", "天", None, None, "time"), ("duration", "个月", None, None, "time"), ("percent", "%", None, None, "rate"),
    ("rate", "倍", None, None, "rate"), ("change", "%", None, "down", "down"), ("change", "%", None, "up", "up"),
    ("count", "家", None, None, "bodies"), ("count", "只", None, None, "count"), ("area", "亩", None, None, "count"),
])
def test_a_figure_gets_the_icon_of_what_it_counts(kind, unit, norm_unit, direction, measure):
    f = fig(kind, unit, norm_unit, direction)
    assert f.measure == measure and f.measure in MEASURES


def test_every_icon_is_shipped_with_its_licence_and_drawn_for_word():
    """Each icon is an SVG of the theme (strokes take the colour asked for), with a PNG for Word that is
    still that SVG (scripts/icons.py draws them again)."""
    from PIL import Image, ImageChops

    spec = importlib.util.spec_from_file_location("icons", ROOT / "scripts" / "icons.py")
    icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(icons)
    assert "ISC License" in (ICON_DIR / "LICENSE").read_text("utf-8")
    for name in ICONS:
        svg = icon_svg([], name, "#123456")
        assert b"currentColor" not in svg and b'stroke="#123456"' in svg, name
        shipped = Image.open(ICON_DIR / "png" / f"{name}.png").getchannel("A")
        drawn = Image.open(io.BytesIO(icons.drawn((ICON_DIR / f"{name}.svg").read_bytes()))).getchannel("A")
        diff = ImageChops.difference(shipped, drawn).histogram()
        assert sum(n for v, n in enumerate(diff) if v > 64) < 0.01 * shipped.width * shipped.height, name
        coloured = Image.open(io.BytesIO(icon_png([], name, "#c8102e"))).convert("RGBA")
        r, g, b, a = coloured.getpixel(max(((x, y) for x in range(96) for y in range(96)),
                                          key=lambda p: coloured.getpixel(p)[3]))
        assert (r, g, b) == (0xC8, 0x10, 0x2E) and a > 200, name
    with pytest.raises(ValueError):
        icon_svg([], "../../etc/passwd")


def test_a_project_theme_may_replace_an_icon(tmp_path):
    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "money.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
                                                   '<path stroke="currentColor" d="M1 1h22"/></svg>', "utf-8")
    assert b"M1 1h22" in icon_svg([tmp_path], "money") and b"M1 1h22" not in icon_svg([tmp_path], "cases")


@pytest.mark.parametrize("text, limit, want", [
    ("短句。", 10, "短句。"),
    ("第一句话说完了。第二句话也说完了。第三句", 18, "第一句话说完了。第二句话也说完了。"),
    ("执行工作是实现公平正义的最后一公里，是维护法律权威和尊严最关键的一环", 20, "执行工作是实现公平正义的最后一公里……"),
    ("受理执行案件47717件,同比增长20.49%,已结案件39872件", 30, "受理执行案件47717件,同比增长20.49%……"),
    ("他说：“执行工作虽然是在兑现权益，但更重要的是化解矛盾”", 20, "他说：“执行工作虽然是在兑现权益……”"),
    ("一个很长很长的没有任何标点的分句一直说下去直到结束，然后才有逗号", 10, "一个很长很长的没有任何标点的分句一直说下去直到结束……"),
    ("共有1,200件,其中执行案件900件", 10, "共有1,200件……"),
])
def test_a_caption_is_cut_between_clauses_in_the_sources_own_words(text, limit, want):
    got = clip(text, limit)
    assert got == want
    assert got.rstrip("…”") in text  # nothing added but the marks of the cut


def test_english_is_cut_between_sentences_or_clauses_never_inside_a_word():
    text = "Figures reported for Xizang in 2025: enforcement cases received: 47,717 cases; cases closed: 39,872 cases."
    assert clip_en(text, 200) == text
    cut = clip_en(text, 70)
    assert cut.endswith(" …") and text.startswith(cut[:-2]) and len(cut) <= 72


@pytest.mark.parametrize("text, words, figure", [
    ("同比增长20.49%", "同比增长", "20.49%"), ("是全区法院法官结案均值的1.7倍", "是全区法院法官结案均值的", "1.7倍"),
    ("增幅达40%至50%", "增幅达40%至", "50%"), ("一半", "一半", ""), ("增长1,200件", "增长", "1,200件"),
])
def test_a_change_is_split_before_its_figure(text, words, figure):
    assert split_figure(text) == (words, figure)


def test_the_cover_shows_three_or_four_key_figures_with_their_scope(tmp_path):
    import dataclasses

    from reportgen.build import build
    from reportgen.config import load_config

    cfg = load_config(ROOT / "config" / "2025.yaml")
    res = build(dataclasses.replace(cfg, output_dir=str(tmp_path), outputs=[]), echo=lambda *a: None)
    keys = res.briefing.key_figures
    assert 3 <= len(keys) <= 4 and keys[0] is res.briefing.hero
    assert len({f.item_id for f in keys}) == len(keys) and len({f.label for f in keys}) == len(keys)
    assert all(f.scope_zh for f in keys[1:]) and all(f.measure in ("cases", "money", "people") for f in keys[1:])
    sections = {f.item_id: n for n, s in enumerate(res.briefing.sections) for v in s.items for f in v.figures}
    assert len({sections[f.item_id] for f in keys}) >= 3  # one a section first
    for f in keys:  # each printed on the cover with its scope line
        assert f'<span class="num">{f.value}</span><span class="unit">{f.unit}</span><sup class="ref">{f.ref}</sup>' \
            in res.html
    cover = res.html.split('<section class="section', 1)[0]
    assert cover.count('class="scope') + cover.count('class="hero-scope') >= len(keys)
