from reportgen.clean import clean, is_traditional


def test_rejoins_layout_break_but_keeps_real_paragraph_ends():
    text = "第一段写到这里，以全区执\n\n行工作规范化水平的提升，促进质效提升。\n\n第二段另起一行。\n"
    page = clean(text)
    assert [p.text for p in page.paras] == ["第一段写到这里,以全区执行工作规范化水平的提升,促进质效提升。",
                                            "第二段另起一行。"]
    assert page.paras[0].joined


def test_a_figure_ending_its_clause_continues_the_line_before():
    """人均结案 | 255 件。其中…: a line that opens with a figure and the end of its clause goes on with
    the sentence the layout broke, even on a page whose lines often end unpunctuated."""
    text = ("全市法院共受理各类案件 65023 件,办结案件 59344 件,员额法官人均结案\n255 件。其中,市中级人民法院受理案件"
            " 3731 件。\n一、坚持把服务大局作为首要任务\n服务重大战略实施\n")
    page = clean(text)
    assert page.paras[0].text.endswith("员额法官人均结案255 件。其中,市中级人民法院受理案件 3731 件。")
    assert page.paras[0].joined


def test_caption_printed_inside_a_sentence_is_lifted_out():
    text = ("同时，启动活动，将保密培训送到一线，从当前保密工作形势、保密工作基本常\n\n"
            "图为西藏烟草在办公大楼播放保密公益宣传片。\n\n识、机关工作人员保密须知五个方面介绍。\n")
    page = clean(text)
    assert page.paras[0].text.endswith("保密工作基本常识、机关工作人员保密须知五个方面介绍。")
    assert page.paras[1].inserted and page.paras[1].text.startswith("图为")


def test_map_points_back_to_original_characters():
    text = "# 标题\r\n\r\n执行到位金额**３４.０７**亿元，\u200b同比增长。\r"
    page = clean(text)
    para = page.paras[1]
    assert para.text == "执行到位金额34.07亿元,同比增长。"
    i = para.text.index("34.07")
    a, b = para.mapped.orig_span(i, i + 5)
    assert text[a:b] == "３４.０７"
    assert para.mapped.original_text(text, 0, len(para.text)) == "执行到位金额３４.０７亿元，同比增长。"


def test_traditional_is_analysed_simplified_but_names_in_simplified_text_are_kept():
    assert is_traditional("執行到位金額為三十四億元，這組數據是去年全區法院執行工作的成績單。")
    assert not is_traditional("本报记者 田得乾 报道：执行到位金额为三十四亿元。")
    page = clean("執行到位金額為三十四億元。\n")
    assert page.paras[0].text == "执行到位金额为三十四亿元。"
    assert clean("本报记者 田得乾\n").paras[0].text == "本报记者 田得乾"


def test_lone_cr_and_crlf_are_line_breaks():
    page = clean("第一行。\r第二行。\r\n第三行。")
    assert [p.text for p in page.paras] == ["第一行。", "第二行。", "第三行。"]


def test_a_papers_masthead_and_copy_buttons_are_page_furniture():
    from reportgen.clean import is_furniture

    assert is_furniture("宁夏法治报/2025 年/8 月/11 日/第 001 版")  # its year is no lead of the story
    assert is_furniture("正文复制")
    assert is_furniture("支付宝支付支付宝支付") and is_furniture("手机扫码查看") and is_furniture("banquan28.jpeg")
    assert not is_furniture("扫码查看执行案件进度的当事人达1.2万人")
    assert not is_furniture("贺兰法院“一保两促”破解执行难的创新实践")


def test_a_comma_run_into_an_enumeration_comma_is_dropped():
    """A mirror's artifact (下降了16.9%,、32.4%): the list is read as the list it is, and the original
    text is still what the figures point back to."""
    from reportgen.pipeline import parse_bytes

    text = "刑事警情、治安警情,、詐騙類警情起數同比分別下降了16.9%,、32.4%,、27.6%。"
    stats = parse_bytes(text.encode())["articles"][0]["stats"]
    assert [(s["value"], s["kind"], s["direction"]) for s in stats] == \
        [("16.9", "change", "down"), ("32.4", "change", "down"), ("27.6", "change", "down")]
    assert [s["label"][:4] for s in stats] == ["刑事警情", "治安警情", "詐騙類警"]


def test_a_line_with_a_time_of_day_is_page_furniture():
    """网络编辑 政务 2022-04-28 06:26:12 0 拉萨市 拉萨 行政 (a page's byline, section, time and tags) is not
    run into the headline above it: the headline's 159件 is a change of 行政案件, not of 网络编辑."""
    from reportgen.clean import is_furniture
    from reportgen.pipeline import parse_bytes

    assert is_furniture("网络编辑 政务 2022-04-28 06:26:12 0 拉萨市 拉萨 行政")
    assert not is_furniture("2022-04-28 06:26:12，全市法院受理各类案件275件")
    page = "拉萨市两级法院受理各类行政案件275件 同比增加159件\n\n网络编辑 政务 2022-04-28 06:26:12 0 拉萨市 拉萨 行政\n\n正文。"
    stats = parse_bytes(page.encode())["articles"][0]["stats"]
    assert "网络编辑" not in [s["label"] for s in stats]


def test_a_closing_bracket_far_below_continues_only_text_left_open():
    """A numbered cross-head without a full stop is no sentence broken by the layout: the 》白皮书。
    that ends a title twenty lines below belongs to the line that opened 《, and the paragraphs in
    between stay paragraphs of the story (not text printed inside the cross-head)."""
    body = "".join(f"\u3000\u3000第{n}段正文写到这里，全年完成任务{n}项。\n\n" for n in range(1, 6))
    text = ("(一)及时果断调整宏观经济政策，全力保持经济平稳较快发展\n\n" + body
            + "\u3000\u3000近三年累计，单位国内生产总值能耗下降10.08%，发布了《\n中国应对气候变化的政策与行动\n》白皮书。\n")
    page = clean(text)
    assert not any(p.inserted for p in page.paras)
    assert page.paras[0].text.endswith("较快发展")
    assert page.paras[-1].text.endswith("发布了《中国应对气候变化的政策与行动》白皮书。")


def test_titles_each_printed_on_a_line_of_their_own_are_rejoined():
    """A mirror that puts every 《…》 title on a line of its own, with 》、《 or a lone 《 between: the
    brackets are text, not page furniture, and the sentence reads whole."""
    from reportgen.clean import is_furniture

    assert not is_furniture("》、《") and not is_furniture("《")
    assert is_furniture("】") and is_furniture("——")
    text = ("\u3000\u3000基层民主政治建设继续推进，提请审议了7部法律议案，制定并颁布了《\n重大动物疫情应急条例\n》、《\n"
            "关于预防煤矿生产安全事故的特别规定\n》等22部行政法规。\n\n《\n纲要（草案）\n》力求反映新形势的要求。\n")
    page = clean(text)
    assert [p.text for p in page.paras] == [
        "基层民主政治建设继续推进,提请审议了7部法律议案,制定并颁布了《重大动物疫情应急条例》、"
        "《关于预防煤矿生产安全事故的特别规定》等22部行政法规。",
        "《纲要(草案)》力求反映新形势的要求。"]


def test_a_sites_breadcrumb_and_login_buttons_are_furniture_and_a_picture_source_is_a_credit():
    """注册 | 闽南网 > 泉州 > 泉州新闻 > 正文 above a headline are the site's, not the story's title;
    图源… under a picture credits it and starts no story."""
    from reportgen.clean import is_credit, is_furniture
    from reportgen.pipeline import parse_bytes

    assert is_furniture("注册") and is_furniture("闽南网 > 泉州 > 泉州新闻 > 正文")
    assert not is_furniture("注册资本100万元") and not is_furniture("收案3>2件")
    assert is_credit("图源泉州市中级人民法院公众号") and is_credit("图源：新华社")
    page = ("注册\n闽南网 > 泉州 > 泉州新闻 > 正文\n\n办结案件24.02万件 司法为民新刻度——2025年泉州市中级人民法院工作报告解读\n\n"
            "一年来，全市法院共受理各类案件26.51万件。\n\n法院报告\n\n图源泉州市中级人民法院公众号\n\n做好服务大局“头等大事”\n\n"
            "依法审结刑事案件8363件。\n")
    articles = parse_bytes(page.encode())["articles"]
    assert len(articles) == 1 and articles[0]["title"].startswith("办结案件24.02万件")
    # the headline's own figure stands before its year (no period); the rest are the report's year
    assert [s["period"] for s in articles[0]["stats"]] == [None, "2025", "2025"]


def test_a_paragraph_that_closes_the_quotation_before_it_is_no_fragment():
    """毛主席说明了…：“……是非常及时的。 | ”为了充分认识…: the closing quotation mark opens the next
    line, which goes on with the same text (not a piece of another story printed inside it)."""
    from reportgen.pipeline import parse_bytes

    page = ("一、关于文化建设\n\n它说明了这项工作的必要性：“这项工作是完全必要的，是非常及时的。\n\n"
            "”为了充分认识这个论断，全市组织学习120场。\n")
    articles = parse_bytes(page.encode())["articles"]
    assert len(articles) == 1 and articles[0]["kind"] != "fragment"
    # without the opening quotation mark, a paragraph starting with one is still a fragment
    page = "一、关于文化建设\n\n它说明了这项工作的必要性，是非常及时的。\n\n”为了充分认识这个论断，全市组织学习120场。\n"
    assert "fragment" in [a["kind"] for a in parse_bytes(page.encode())["articles"]]


def test_where_a_picture_stood_is_furniture_and_splits_no_story():
    """图片 on a line of its own marks where a copied page had a picture: two of them in a row are
    no new story's title, and the figures after them keep the headline's year."""
    from reportgen.clean import is_furniture
    from reportgen.pipeline import parse_bytes

    assert is_furniture("图片") and is_furniture("[视频]") and is_furniture("【组图】")
    assert not is_furniture("图片展") and not is_furniture("视频会议召开")
    page = ("2024年全省公安破获电诈案件3500余起\n\n记者从省公安厅获悉，全省公安工作成效明显。\n\n图片\n\n"
            "去年以来，打掉34个黑恶组织。\n\n图片\n\n图片\n\n全省公安机关破获经济犯罪案件2000余起。\n")
    articles = parse_bytes(page.encode())["articles"]
    assert len(articles) == 1
    assert [(s["value"], s["period"]) for s in articles[0]["stats"]] == [("3500", "2024"), ("34", "2024"), ("2000", "2024")]


def test_dashes_between_years_read_as_a_range() -> None:
    # a GBK page types the Chinese dash as the horizontal bar (―), Latin typography an en dash (–)
    from reportgen.clean import narrow
    from reportgen.extract.periods import heading_period

    assert narrow("2005年―2014年 ――2025年 1–3月") == "2005年—2014年 ——2025年 1-3月"
    assert heading_period(narrow("2005年―2014年全国生产安全事故情况")) == "2005-2014"
    assert heading_period(narrow("2019–2021年全市法院工作情况")) == "2019-2021"


def test_a_paragraph_ending_with_its_photographers_credit_is_a_caption() -> None:
    from reportgen.clean import is_caption

    assert is_caption("消防处举行年终回顾记者会,简报消防处在2024年的工作。 香港文汇报记者聂晓辉 摄")
    assert is_caption("图为缴获的部分毒品。 邓菲 摄")
    assert not is_caption("记者从市公安局获悉，全市共破获案件300起，抓获嫌疑人120人。")
    assert not is_caption("他说：“我们要把工作做实。”")


def test_a_breadcrumb_however_long_and_its_rest_on_a_line_of_its_own_are_furniture() -> None:
    """您现在的位置 : 首页 > 政府信息公开 > … > 统计信息 is the site's path, however long; > 区情要闻 > 温州资讯, the rest of
    one broken over two lines, too; a figure with > in a sentence is text."""
    from reportgen.clean import is_furniture
    assert is_furniture("您现在的位置 : 首页   >   政府信息公开   >   地方部门平台链接   >   部门信息公开平台   >   县公安局"
                        "   >   法定主动公开内容   >   统计信息")
    assert is_furniture("> 区情要闻  > 温州资讯")
    assert not is_furniture(">10万元")
    assert not is_furniture("全市法院受理案件>1万件，结案率>95%")


def test_a_page_extracted_with_its_margin_rejoins_the_lines_its_layout_broke() -> None:
    """A bulletin's text extracted from a PDF: every body line opens with the page's margin and a paragraph's
    first line with more. The margin is no paragraph indent, and a line is one sentence with the next where
    the break cut a word (较上年同 | 期增加) or a figure from its unit (减少 29 | 件或减 4.75%)."""
    margin, first = " " * 19, " " * 24
    page = ("Page 15 - 月报\n\n"
            f"{first}6 月警察机关查获违反社会秩序维护法案件 582 件,较上月减少 29\n"
            f"{margin}件或减 4.75%,较上年同月则增加 182 件或增 45.50%,其中妨害善良风俗 280\n"
            f"{margin}件占 48.11%,妨害他人身体财产 188 件占 32.30%,妨害安宁秩序 110 件占\n"
            f"{margin}18.90%,妨害公务 4 件占 0.69%。\n\n"
            f"{first}1 至 6 月警察机关查获违反社会秩序维护法案件 3,197 件,较上年同\n\n"
            f"{margin}期增加 559 件或增 21.19%,其中妨害善良风俗 1,553 件占 48.58%,妨害他人身\n"
            f"{margin}体财产959件占 30.00%。\n")
    texts = [p.mapped.text for p in clean(page).paras]
    assert texts[1].endswith("妨害公务 4 件占 0.69%。") and "减少 29件或减" in texts[1]
    assert "较上年同期增加 559 件" in texts[2] and "妨害他人身体财产959件" in texts[2]
    # where every paragraph opens with the same indent and headings with none, the indent opens a paragraph
    page = "法院工作\n" + "\n".join(f"    第{i}段，全市法院受理案件{i}00件，审结案件{i}00件，结案率同比提高{i}个百分点"
                                    for i in range(1, 4))
    assert len(clean(page).paras) == 4


def test_account_buttons_and_a_reposted_from_line_are_page_furniture() -> None:
    """注册新用户 / 修改密码 above a story and 转自:南京晨报 over it are the site's lines, not the story's title."""
    from reportgen.clean import is_furniture
    from reportgen.pipeline import parse_bytes

    assert is_furniture("注册新用户") and is_furniture("修改密码") and is_furniture("转自:南京晨报")
    assert not is_furniture("转自由贸易试验区的改革经验共12项")
    page = "注册新用户\n注册新用户\n修改密码\n转自:南京晨报\n晨报讯 10月27日上午，江苏省检察院召开通报会。全省共办理涉老年人案件近7000件。\n"
    articles = parse_bytes(page.encode())["articles"]
    assert len(articles) == 1 and not articles[0]["title"]


def test_a_copied_pages_bare_markup_is_page_furniture() -> None:
    """<samp id="kc0km"></samp> and • <kbd …><acronym …></acronym></kbd> left by a copied page are no text; a line of
    text in markup, or a figure written with <, is text."""
    from reportgen.clean import is_furniture

    # where the paper printed the story is no sentence of it (its date would date the copy printed after it)
    assert is_furniture("《 人民日报 》( 2018年06月18日 02 版)") and is_furniture("《工人日报》(2024年08月29日 07版)")
    assert not is_furniture("《人民日报》(2018年06月18日)报道，全国共处理案件12件。")
    assert is_furniture('<samp id="kc0km"></samp>') and is_furniture('• <kbd id="kc0km"><acronym id="kc0km"></acronym></kbd>')
    assert not is_furniture("<p>全市收案100件</p>") and not is_furniture("收案<100件")
