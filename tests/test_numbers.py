from decimal import Decimal

import pytest

from reportgen.extract.numbers import NumberError, parse_number, to_plain
from reportgen.extract.stats import find_stats


@pytest.mark.parametrize("text,expected", [
    ("47717", Decimal(47717)), ("1,234.5", Decimal("1234.5")), ("12,345", Decimal(12345)),
    ("一百二十万", Decimal(1200000)), ("二十二点三", Decimal("22.3")), ("两千", Decimal(2000)),
    ("十", Decimal(10)), ("1/3", Decimal(1) / Decimal(3)), ("三分之一", Decimal(1) / Decimal(3)),
    ("一半", Decimal("0.5")),
])
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["五四", "abc", "1/0", ""])
def test_parse_number_rejects(text):
    with pytest.raises(NumberError):
        parse_number(text)


def one(text):
    stats = find_stats(text)
    assert len(stats) == 1, [text[s.start:s.end] for s in stats]
    return stats[0]


@pytest.mark.parametrize("text,norm,unit,qualifier", [
    ("执行到位金额34.07亿元", 3407000000, "元", "exact"),
    ("执行到位案款4075.91万元", 40759100, "元", "exact"),
    ("信息 2.1 万余条", 21000, "条", "at_least"),
    ("判处有期徒刑十年并处罚金", 10, "年", "exact"),
    ("发放救助金一百二十万元", 1200000, "元", "exact"),
    ("占比百分之二十二点三", 22.3, "%", "exact"),
    ("上升9.12个百分点", 9.12, "个百分点", "exact"),
    ("共计约500人参加", 500, "人", "approx"),
    ("近50名干警参加培训", 50, "名", "approx"),
    ("挽回损失6000余万元", 60000000, "元", "at_least"),
    ("跨越1万多公里", 10000, "公里", "at_least"),
    ("共1000余人参加", 1000, "人", "at_least"),
    ("超过20%", 20, "%", "at_least"),
    ("突破 10万 件", 100000, "件", "at_least"),
    ("只有不到500人", 500, "人", "at_most"),
    ("不足30%的债权", 30, "%", "at_most"),
    ("受理案件12,345件", 12345, "件", "exact"),
    ("受理案件1 234件", 1234, "件", "exact"),
    ("案件总量的1/3以上", 33.333333, "%", "at_least"),
    ("审限一半", 50, "%", "exact"),
    ("耕地6.6亩", 6.6, "亩", "exact"),
    ("5个多百分点", 5, "个百分点", "at_least"),
    ("历时五个月", 5, "个月", "exact"),
    ("一趟来回就得六七个小时", 6, "个小时", "range"),
])
def test_normalization(text, norm, unit, qualifier):
    s = one(text)
    assert s.norm == pytest.approx(norm)
    assert s.norm_unit == unit
    assert s.qualifier == qualifier


def test_norm_is_exact_integer_for_large_amounts():
    s = one("执行到位金额34.07亿元")
    assert s.norm == 3407000000 and isinstance(s.norm, int)
    assert to_plain(Decimal("4075.91") * 10000) == 40759100


def test_several_figures_in_one_clause_share_the_label():
    stats = find_stats("审结故意杀人、强奸、抢劫等案件 143 件 211 人")
    assert [(s.norm, s.norm_unit) for s in stats] == [(143, "件"), (211, "人")]
    assert stats[0].label == "审结故意杀人、强奸、抢劫等案件"


def test_range_is_one_statistic():
    s = one("增幅达40%至50%。")
    assert (s.norm, s.value_max, s.qualifier, s.kind, s.direction) == (40, 50, "range", "change", "up")


def test_change_is_attached_to_the_right_figure():
    stats = find_stats("受理执行案件(新收加旧存)47717件,同比增长20.49%,已结案件39872件")
    assert [s.kind for s in stats] == ["count", "change", "count"]
    assert stats[0].label == "受理执行案件"
    assert stats[1].direction == "up" and stats[1].comparison == "yoy"
    assert stats[2].label == "已结案件"


def test_down_changes():
    first, second = find_stats("平均周期为201天,同比上一年度缩短112天")
    assert (first.norm, first.kind) == (201, "duration")
    assert (second.norm, second.kind, second.direction) == (112, "change", "down")


@pytest.mark.parametrize("text", [
    "2023年12月11日,召开会议。",  # dates
    "4月20日至4月29日,培训举办",
    "2021年1月至11月",
    "一是强化政治担当",  # ordinals
    "第四批法官和第二届监督员",
    "《关于加强综合治理从源头切实解决执行难问题的意见》第3条",  # document titles, law articles
    "“3+1”核心指标",  # slogans in quotes
    "“五个故事”和“四件大事”",
    "（2023）藏01执123号案件",  # case numbers
    "国家4A级旅游景区和营商环境5.0版",  # numbers inside names
    "纪念五四运动105周年",
    "近五年来和17年来",  # periods, not figures
    "凌晨1点和11时",
])
def test_not_statistics(text):
    assert find_stats(text) == []


def test_periods():
    stats = find_stats("据了解,自2021年至2023年,海北法院受理案件15件。")
    assert stats[0].period == "2021-2023"
    stats = find_stats("2021年以来,推送失信名单36649人次")  # open-ended: not a period
    assert stats[0].period is None
    stats = find_stats("受理案件15件", item_period="2025")
    assert stats[0].period == "2025"
