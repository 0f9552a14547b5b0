"""Tables copied from web pages: each cell's figure named by its row and column, its kind from the
column, and the lines of a table never joined to the text around it."""

from __future__ import annotations

from reportgen.clean import clean
from reportgen.pipeline import parse_bytes
from reportgen.tables import find_rows


def stats_of(text: str) -> list[dict]:
    return [s for a in parse_bytes(text.encode(), "t.txt")["articles"] for s in a["stats"]]


ROW_A_LINE = """2024年一季度各基层法院审判执行情况
2024年一季度，全市法院共受理案件5210件。
表2：各法院结案率对比
法 院 | 结案率 | |
本期 | 上年同期 | 同比 |
甲区法院 | 61.20% | 58.00% | 3.20 |
乙县法院 | 48.50% | 52.75% | -4.25 |
丙县法院 | - | 40.00% | - |
请各院加强审判管理。
"""


def test_a_row_a_line_table_names_each_figure_by_row_and_column() -> None:
    got = {(s["value"], s["label"]): s for s in stats_of(ROW_A_LINE)}
    now = got[("61.20", "甲区法院（结案率 本期）")]
    assert (now["kind"], now["norm"], now["unit"], now["period"]) == ("rate", 61.2, "%", "2024")
    assert got[("58.00", "甲区法院（结案率 上年同期）")]["kind"] == "rate"
    down = got[("-4.25", "乙县法院（结案率 同比）")]
    assert (down["kind"], down["direction"], down["norm"], down["unit"]) == ("change", "down", 4.25, "")
    assert got[("3.20", "甲区法院（结案率 同比）")]["direction"] == "up"
    assert ("40.00", "丙县法院（结案率 上年同期）") in got
    assert not any(s["label"].startswith("丙县法院") and s["value"] == "-" for s in got.values())


CELL_A_LINE = """2023年，全市法院新收民事案件1.2万件。
表一：主要案由增减情况
案由
|
2023年新收
|
占比
|
2022年新收
|
增减
|
金融借款合同
纠纷
|
3120
|
26.0%
|
2800
|
11.43%
|
物业服务合同纠纷
|
1.5万件
|
12.5%
|
1.8万件
|
-16.67%
|
"""


def test_a_cell_a_line_table_keeps_a_broken_cell_whole_and_takes_its_columns_year() -> None:
    got = {s["value"]: s for s in stats_of(CELL_A_LINE)}
    assert (got["3120"]["label"], got["3120"]["kind"], got["3120"]["period"]) == ("金融借款合同纠纷（2023年新收）", "count", "2023")
    assert got["2800"]["period"] == "2022"  # the column's year, not the lead's
    assert got["26.0"]["kind"] == "percent"
    assert (got["11.43"]["kind"], got["11.43"]["direction"]) == ("change", "up")
    assert (got["-16.67"]["kind"], got["-16.67"]["direction"], got["-16.67"]["norm"]) == ("change", "down", 16.67)
    assert (got["1.5"]["norm"], got["1.5"]["unit"], got["1.5"]["label"]) == (15000, "万件", "物业服务合同纠纷（2023年新收）")


def test_table_lines_are_paragraphs_of_their_own() -> None:
    paras = clean(ROW_A_LINE).paras
    assert [p.table for p in paras if p.table] == ["head", "head", "row", "row", "row"]
    assert any(p.text == "请各院加强审判管理。" for p in paras)  # the sentence after is not joined to the last row


def test_bars_in_prose_or_a_table_without_figures_are_no_table() -> None:
    assert find_rows(["甲 | 乙", "今年共办结案件120件。"]) == []
    assert find_rows(["姓名 | 职务 | 单位", "张三 | 庭长 | 民一庭", "李四 | 法官 | 民二庭"]) == []
    assert find_rows(["案由", "|", "说明", "|", "离婚纠纷", "|", "调解优先", "|"]) == []


def test_a_reports_numbered_section_and_its_first_part_open_no_new_story() -> None:
    text = ("2023年，全市法院受理案件3200件。\n一、刑事审判情况\n（一）案件数量\n"
            "1-6月，审结刑事案件410件，同比上升5%。\n")
    arts = parse_bytes(text.encode(), "t.txt")["articles"]
    assert len(arts) == 1
    assert {s["value"]: s["period"] for s in arts[0]["stats"]} == {"3200": "2023", "410": "2023", "5": "2023"}


STACKED = """2024年，全市法院收结案情况如下。
滚动查看完整表
收案
结案
2022
2023
2024
2022
2023
2024
民事
310
325
340
300
318
331
刑事
45
52
48
44
50
47
注：含旧存案件
"""


def test_a_cell_a_line_table_without_bars_takes_each_rows_name_and_its_columns_year() -> None:
    got = {(s["value"], s["label"], s["period"]) for s in stats_of(STACKED)}
    assert ("340", "民事（2024）", "2024") in got
    assert ("300", "民事（2022）", "2022") in got  # the second group of year columns
    assert ("47", "刑事（2024）", "2024") in got
    assert not any(s["value"] in ("2022", "2023", "2024") for s in stats_of(STACKED))  # the header's years are no figures


STACKED_HEADS = """各区受理情况表
区
受理
审结
甲区
120
110
乙区
95
90
"""


def test_a_stacked_table_with_a_heading_a_column_names_its_columns() -> None:
    got = {(s["value"], s["label"]) for s in stats_of(STACKED_HEADS)}
    assert {("120", "甲区（受理）"), ("110", "甲区（审结）"), ("95", "乙区（受理）"), ("90", "乙区（审结）")} <= got


def test_short_lines_with_one_figure_each_or_rows_of_unequal_length_are_no_stacked_table() -> None:
    lines = ["合计", "12", "其中", "3", "本期", "5", "6", "上期", "7"]
    assert find_rows(lines) == []
    listing = "联系电话\n12345\n邮编\n100000\n"
    assert not any(p.table for p in clean(listing).paras)


BARRED = """本月全市110接警情况如下。
月份 |
刑事 警情 |
治安 警情 |
交通 事故 |
火警 |
合计 |
|||
2024年7月 |
378 |
962 |
1427 |
18 |
2785 |
||
2024年8月 |
350 |
901 |
1330 |
0 |
2581 |
"""


def test_a_table_of_cells_each_closed_by_a_bar_takes_a_month_row_as_its_period() -> None:
    got = {(s["value"], s["period"]) for s in stats_of(BARRED)}
    assert {("962", "2024"), ("1427", "2024"), ("2581", "2024")} <= got
    labels = {s["value"]: s["label"] for s in stats_of(BARRED)}
    assert labels["962"] == "2024年7月（治安警情）"  # one heading a column: each names its column


def test_a_row_one_figure_short_is_read_with_its_columns_unnamed() -> None:
    text = ("各区警情\n区县 |\n有效 |\n刑事 |\n治安 |\n|||\n合 计 |\n300 |\n20 |\n|||\n"
            "甲 区 |\n120 |\n8 |\n50 |\n||\n乙 区 |\n180 |\n12 |\n70 |\n")
    got = {(s["value"], s["label"]) for s in stats_of(text)}
    assert ("300", "合计") in got  # a cell short: which column it lacks cannot be told
    assert {("120", "甲区（有效）"), ("50", "甲区（治安）"), ("70", "乙区（治安）")} <= got  # the full rows fit the heading


def test_a_long_run_of_rows_of_alternating_lengths_is_read_line_by_line_a_bounded_number_of_times(monkeypatch) -> None:
    """Rows of 2 and 5 figures alternating make no table, and no line is looked at more than a few
    times however long the run (a reading that rescanned the run from each row would be quadratic)."""
    import reportgen.tables as tables

    looked = 0
    cell_line = tables._cell_line

    def counting(text: str) -> bool:
        nonlocal looked
        looked += 1
        return cell_line(text)

    monkeypatch.setattr(tables, "_cell_line", counting)
    lines = [x for i in range(3000) for x in [f"甲{i}", *["12"] * (2 if i % 2 else 5)]]
    assert find_rows(lines) == []
    assert looked < 6 * len(lines)


SPACED = """某区法院2024年第三季度收结案统计表
民事案件
类别 旧存 新收 审结 未结
合同纠纷 120 45 60 105
    其中：借款合同 30 12 20 22
侵权纠纷 8 0 5 3
民事合计...... 128 45 65 108
以上数据截至9月30日。
"""


def test_a_row_a_line_with_spaces_between_cells_is_a_table_named_by_row_and_column() -> None:
    got = {(s["value"], s["label"]): s for s in stats_of(SPACED)}
    assert ("120", "合同纠纷（旧存）") in got and ("105", "合同纠纷（未结）") in got
    assert got[("45", "合同纠纷（新收）")]["period"] == "2024"
    assert ("12", "其中:借款合同（新收）") in got  # an indented part stays a row of its own
    assert ("0", "侵权纠纷（新收）") in got
    assert ("108", "民事合计（未结）") in got  # the dots leading to the figures are no part of the name
    assert not any(len(s["value"]) > 4 for s in got.values())  # no figures run together


def test_a_spaced_header_with_a_corner_and_wide_gaps_names_the_last_columns() -> None:
    text = ("表1  近三年收案情况\n"
            "项    目    2021年   2022年   2023 年上半年\n"
            "收 案 件 数  310   352   170\n"
            "执行标的(万元)  812.5   930.25  401.6\n")
    got = {(s["value"], s["label"]): s for s in stats_of(text)}
    assert got[("310", "收案件数（2021年）")]["period"] == "2021"
    assert got[("170", "收案件数（2023年上半年）")]["period"] == "2023"
    money = got[("930.25", "执行标的（2022年）")]  # the heading's (万元) is the unit of the row's cells
    assert (money["unit"], money["norm"], money["norm_unit"], money["kind"]) == ("万元", 9302500, "元", "amount")


def test_spaced_figures_in_prose_or_one_row_alone_are_no_table() -> None:
    rows = find_rows(["会议指出 2024 年要抓好三件事。", "合同纠纷 120 45 60", "本院将继续努力。"])
    assert rows == []
    assert find_rows(["合同纠纷 120 45 60", "侵权纠纷 8 0 5"]) != []


def test_digits_parted_by_spaces_are_one_number_or_cells_by_their_grouping() -> None:
    def text(line: str) -> str:
        return clean(line + "\n").paras[0].mapped.text
    assert text("粮食产量1 9 9 7年达4 9 2 5 0 万吨") == "粮食产量1997年达49250 万吨"  # loose typesetting
    assert text("共办理1 234 567件") == "共办理1234567件"  # thousands
    assert text("4 098") == "4098"  # a table's cell alone on its line
    assert text("合同纠纷 1 0 1 0") == "合同纠纷 1 0 1 0"  # single digits ending a row: cells
    assert text("刑事案件 654 215 869 194") == "刑事案件 654 215 869 194"  # groups of three ending a row: cells
    assert text("刑事案件 694 22 716") == "刑事案件 694 22 716"  # groups of mixed length: cells


BROKEN_ROWS = """法律援助司法覆核案件
| 年份 | 申請數目 | 獲批數目 | 獲批比率 | 案件涉及金額
(百萬元) |
| 2022 |
95 |
13 |
14% |
6.6 |
| 2023 |
113 |
6 |
5% |
1.8 |
以上數字由法援署提供。
"""


def test_a_row_a_line_table_whose_cells_the_page_broke_onto_lines_is_read_by_row_and_column() -> None:
    got = {(s["value"], s["period"]): s for s in stats_of(BROKEN_ROWS)}
    assert (got[("95", "2022")]["label"], got[("95", "2022")]["kind"]) == ("申请数目", "count")
    assert got[("13", "2022")]["label"] == "获批数目"
    assert (got[("5", "2023")]["kind"], got[("5", "2023")]["unit"]) == ("rate", "%")
    money = got[("6.6", "2022")]  # the heading's unit, broken onto the next line, scales the cells
    assert (money["norm"], money["norm_unit"], money["label"]) == (6600000, "元", "案件涉及金额")
    assert ("2022", None) not in got and ("2023", None) not in got  # the row's year names it, and is no figure
    paras = clean(BROKEN_ROWS).paras
    assert [p.table for p in paras if p.table] == ["head", "row", "row"]
    assert paras[-1].text.endswith("提供。") and not paras[-1].table  # the note after is not joined to the last row


def test_a_table_row_named_by_a_date_with_a_month_keeps_the_month_in_its_label() -> None:
    text = "各月受理情况\n| 月份 | 受理 | 办结 |\n| 2014年8月 | 120 | 98 |\n| 2014年9月 | 131 | 125 |\n"
    got = {s["value"]: s for s in stats_of(text)}
    assert (got["120"]["label"], got["120"]["period"]) == ("2014年8月（受理）", "2014")
    assert (got["125"]["label"], got["125"]["period"]) == ("2014年9月（办结）", "2014")


def test_a_row_numbered_in_its_first_cell_is_named_by_the_cell_after() -> None:
    text = ("各类食品抽检结果\n序号 | 食品种类 | 抽检批次 | 不合格批次 |\n1 | 餐饮食品 | 694245 | 56047 |\n"
            "2 | 食用农产品 | 2665660 | 96634 |\n")
    got = {s["value"]: s["label"] for s in stats_of(text)}
    assert got["694245"] == "餐饮食品（抽检批次）" and got["96634"] == "食用农产品（不合格批次）"
    assert "1" not in got and "2" not in got
