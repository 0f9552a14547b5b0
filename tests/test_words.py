"""Segmentation through jieba-rs gives jieba's words; the faster matchers give the same matches."""

import re
from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reportgen.words as words
from reportgen.extract.cases import _OUTCOME, _SENTENCE
from reportgen.extract.entities import _PERSON_RE, _person_matches

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_jieba_rs_is_in_use_and_segments_like_jieba():
    assert words.engine() == "jieba-rs"
    jieba.setLogLevel(60)
    for f in sorted(SEEDS.glob("*.txt")):
        for para in f.read_text("utf-8").splitlines():
            assert words.cut(para) == jieba.lcut(para, HMM=False), para
    text = "原煤、原油、天然气产量分别增长"
    assert words.tokenize_search(text) == list(jieba.tokenize(text, mode="search", HMM=False))


def test_without_jieba_rs_jieba_itself_is_used(monkeypatch):
    monkeypatch.setattr(words, "_rjieba", None)
    assert words.engine() == "jieba"
    assert words.cut("拉萨市城关区人民法院受理执行案件") == jieba.lcut("拉萨市城关区人民法院受理执行案件", HMM=False)


def test_idf_table_is_jieba_analyse_s():
    import jieba.analyse

    table, median = words.idf()
    assert table == jieba.analyse.default_tfidf.idf_freq and median == jieba.analyse.default_tfidf.median_idf


PEOPLE = ["执行局局长刘彬告诉记者", "院长", "王香香", "说", "表示", "，", "。", "据自治区高级人民法院副院长", "张三",
          "向记者介绍", "这样说", "干警", "、", "法官", "李四", "认为", "对记者", "称"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PEOPLE), st.text(alphabet="的了人民法院局长说王李", max_size=6)),
                max_size=80).map("".join))
def test_person_search_finds_what_the_full_pattern_finds(text):
    full = [(m.span(), m.group("role"), m.group("name")) for m in _PERSON_RE.finditer(text)]
    assert [(m.span(), m.group("role"), m.group("name")) for m in _person_matches(text)] == full


_OUTCOME_SENTENCE = re.compile(r"[^。！？!?]*(?:执结|执行完毕|全额清偿|清偿债务|案结事了|画上句号|兑现|偿还|履行完毕|"
                               r"顺利执行|拿到|返还|和解|全额拿到|得到有效保障|销售一空)[^。！？!?]*[。！？!?]?")


@pytest.mark.parametrize("text", [
    "双方达成和解。此案执结！后来又返还了", "没有结果。", "执结", "。。执行完毕。拿到？", "",
])
def test_outcome_sentences_are_those_the_single_pattern_found(text):
    assert [s for s in _SENTENCE.findall(text) if _OUTCOME.search(s)] == _OUTCOME_SENTENCE.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["执结", "返还", "和解", "。", "！", "?", "案件", "拿", "到", "，", "a"]), max_size=40).map("".join))
def test_outcome_sentences_property(text):
    assert [s for s in _SENTENCE.findall(text) if _OUTCOME.search(s)] == _OUTCOME_SENTENCE.findall(text)


def _title_spans_by_scan(text):
    spans, start = [], None
    for i, c in enumerate(text):
        if c == "《" and start is None:
            start = i
        elif c == "》" and start is not None:
            spans.append((start, i + 1))
            start = None
    return spans


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["《", "》", "法", "12", "条"]), max_size=30).map("".join))
def test_title_masks_run_from_a_mark_to_the_next_close(text):
    from reportgen.extract.stats import _TITLE_SPAN

    assert [m.span() for m in _TITLE_SPAN.finditer(text)] == _title_spans_by_scan(text)


_FIGURE_TEXT = st.lists(st.sampled_from(["12", "3.5", "一百二十", "万", "亿元", "件", "%", "百分之", "至", "多", "、",
                                         "，", "（", "）", "年", "1/3", "一半", "案件", "增长", " ", "分别"]),
                        max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_FIGURE_TEXT)
def test_figure_scan_finds_what_the_pattern_finds(text):
    from reportgen.extract.stats import STAT_RE, _figures

    assert [m.span() for m in _figures(text)] == [m.span() for m in STAT_RE.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_FIGURE_TEXT, st.data())
def test_indexed_clause_start_is_the_character_walk(text, data):
    from reportgen.extract.stats import _clause_start, _Clauses

    pos = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, pos))
    assert _Clauses(text).start(pos, floor) == _clause_start(text, pos, floor)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ＡＢ１２３，。：“”　 \u00a0\u2212\u2236abc执行", max_size=40))
def test_narrow_is_the_translation_table(text):
    from reportgen.clean import _TABLE, narrow

    assert narrow(text) == text.translate(_TABLE)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["这样", "说", "说道", "介绍", "介绍说", "向记者", "对记者", "表示", "这", "样",
                                 "法院", "，"]), max_size=30).map("".join))
def test_speech_verbs_spelled_out_match_the_short_pattern(text):
    from reportgen.extract.entities import _SPEECH, _SPEECH_AT

    short = re.compile(rf"(?:这样)?(?:{_SPEECH})|向记者|对记者")
    assert [m.span() for m in _SPEECH_AT.finditer(text)] == [m.span() for m in short.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 8)), min_size=1, max_size=6), st.data())
def test_original_text_of_one_run_is_the_general_walk(pieces, data):
    from reportgen.clean import Mapped

    orig = "".join(chr(0x4E00 + i) for i in range(200))
    m = Mapped()
    for start, n in pieces:
        m.append(orig, start, start + n)
    i = data.draw(st.integers(0, len(m.text)))
    j = data.draw(st.integers(i, len(m.text)))
    walk = "".join(orig[m.orig(k)] for k in range(i, j))
    assert m.original_text(orig, i, j) == walk


def test_tags_give_each_word_its_part_of_speech() -> None:
    from reportgen.words import tags

    got = tags("向各机构提供")
    assert "".join(w for w, _ in got) == "向各机构提供"
    assert got[0] == ("向", "p") and got[-1] == ("提供", "v")
