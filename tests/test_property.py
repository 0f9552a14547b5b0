"""Parsing never crashes on arbitrary text, and every statistic's value lies inside its span."""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportgen.clean import clean
from reportgen.read import Source
from reportgen.segment import segment
from reportgen.summarize import summarize

PIECES = ["受理执行案件", "47717件", "，", "。", "\n", "\n\n", "同比增长20.49%", "34.07亿元", "一百二十万元",
          "本报记者 王香香", "# ", "## ", "- ", "**", "“交叉执行”", "《意见》", "图为", "摄", "上接第一版",
          "2023年12月11日", "１２３", "\u200b", "\r\n", "\r", "百分之二十二点三", "1/3", "至", "余", "万",
          "的", "□ 本报通讯员 古雪丽", "——", "（", "）", "一半", "執行", "40%至50%", " "]
EXAMPLES = int(os.environ.get("HYPOTHESIS_EXAMPLES", "150"))


def parse_text(text: str) -> dict:
    from pathlib import Path

    page = clean(text)
    return summarize(Source(Path("x.txt"), text, "0" * 64, "utf-8"), page, segment(page), "x.txt")


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join))
def test_parse_never_crashes_and_spans_hold(text):
    data = parse_text(text)
    for a in data["articles"]:
        for s in a["stats"]:
            start, end = s["span"]
            assert 0 <= start < end <= len(text)
            assert s["value"] in text[start:end]
            assert isinstance(s["norm"], int | float)
