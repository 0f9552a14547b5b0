"""Stage 2, clean: normalize characters and rejoin paragraphs broken by the page layout.

The analysis text is simplified Chinese with half-width digits and punctuation, without
markdown markup or invisible characters. Every analysis character keeps the offset of the
original character it came from (`Para.runs`), so any span can be traced back to the file.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from reportgen.tables import find_rows, spaced_bars

# --- character normalization ---------------------------------------------------------------

_DELETE = re.compile(
    r"\*\*|__|[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"
    r"\x00-\x08\x0b-\x1f\x7f\ufe00-\ufe0f]"
    # a space inside a number before its decimals or percent sign (8 ．7, 5 ％: a typesetting artifact;
    # spaces between digits are `_number_spaces`')
    r"|(?<=\d) (?=[.．]\d|[%％])"
    # a comma doubled or run into an enumeration comma (16.9%,、32.4%; 總數,,): a mirror's artifact
    r"|[,，](?=[,，、])"
    # pinyin a mirror puts after a character (會(huì)議, 增長(cháng)): it splits the word it glosses
    r"|(?<=[\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]"
)
# digits parted by single spaces: one number typeset loosely (1 9 9 7年, 4 9 2 5 0 万吨), one grouped in
# thousands (1 234, 12 345 678), or the cells of a table row (694 22 716 30 686, 1 0 1 0 1 or
# 654 215 869 194 675 ending a line after the row's name)
_DIGIT_RUN = re.compile(r"(?<!\d)\d+(?: \d+)+(?!\d)")
_AFTER_RUN = re.compile(r" ?[^\s\d]")
_LEADING_SPACE = re.compile(r"\s*")


def _number_spaces(s: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spaces inside numbers of s[start:end] (a line): those of a run of digits grouped in
    thousands, or of single digits, with more of the line after them (a unit, 年); a run grouped in
    thousands also when it is the whole line (a table's cell) or two groups only. Other runs (groups
    of mixed length, or more groups ending a line after other words) are figures side by side and
    keep their spaces."""
    out: list[tuple[int, int]] = []
    lead = _LEADING_SPACE.match(s, start, end)
    first = lead.end() if lead is not None else start  # where the line's text begins
    for m in _DIGIT_RUN.finditer(s, start, end):
        groups = m.group().split(" ")
        more = _AFTER_RUN.match(s, m.end(), end) is not None
        alone = not more and m.start() == first
        thousands = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]) and (more or alone or len(groups) == 2)
        loose = all(len(g) == 1 for g in groups) and more
        if thousands or loose:
            at = m.start()
            for g in groups[:-1]:
                at += len(g)
                out.append((at, at + 1))
                at += 1
    return out


def _kept(s: str) -> list[tuple[int, int]]:
    """The pieces of s that normalization keeps (between `_deletions`)."""
    out, pos = [], 0
    for a, b in _deletions(s, 0, len(s)):
        out.append((pos, a))
        pos = b
    return [*out, (pos, len(s))]


def _deletions(s: str, start: int, end: int) -> list[tuple[int, int]]:
    """What normalization drops from s[start:end] (`_DELETE`, `_number_spaces`), in order."""
    spans = [m.span() for m in _DELETE.finditer(s, start, end)]
    if " " in s[start:end]:
        spans = sorted(spans + _number_spaces(s, start, end))
    return spans


_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_TABLE.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2009: 0x20, 0xFE6A: 0x25,
               0x2212: 0x2D, 0xFF0E: 0x2E, 0x2236: 0x3A,
               # dashes: a figure dash or an en dash between numbers (2005–2014) is a hyphen; the horizontal bar
               # is the Chinese dash as GBK pages type it (――, 2005年―2014年)
               0x2012: 0x2D, 0x2013: 0x2D, 0x2015: 0x2014})
# str.translate looks every character up in _TABLE; most characters are not in it, so only the
# runs of characters that are get translated.
_WIDE_RUN = re.compile("[" + "".join(map(chr, sorted(_TABLE))) + "]+")


def _narrow_run(m: re.Match[str]) -> str:
    return m.group().translate(_TABLE)


_DOT_DECIMAL = re.compile(r"(?<=\d)[·・](?=\d)")  # 19·5％ (a decimal point some reports print as a middle dot)
# 二OO九年, 二O二四年: a year in Chinese digits typed with the letter O for 〇
_O_YEAR = re.compile(r"(?<![A-Za-z])[一二](?=[〇○零一二三四五六七八九Oo]{3}\s*年)[〇○零一二三四五六七八九Oo]{3}(?=\s*年)")


def _o_to_zero(m: re.Match[str]) -> str:
    return m.group().replace("O", "〇").replace("o", "〇")


# 一百○二宗, 三一八○件: the white circle (U+25CB) some papers set for the zero 〇 inside Chinese numerals
_CIRCLE_ZERO = re.compile(r"(?<=[一二三四五六七八九十百千万萬〇○零])○|○(?=[一二三四五六七八九〇○零])")


def narrow(s: str) -> str:
    """Full-width forms and special spaces to their plain forms (s.translate(_TABLE)), a middle
    dot between digits to a decimal point, the letter O in a year of Chinese digits and the white
    circle inside Chinese numerals to 〇; one character for one."""
    s = _WIDE_RUN.sub(_narrow_run, s)
    if "O" in s or "o" in s:
        s = _O_YEAR.sub(_o_to_zero, s)
    if "○" in s:
        s = _CIRCLE_ZERO.sub("〇", s)
    return _DOT_DECIMAL.sub(".", s) if "·" in s or "・" in s else s


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def _has_han(s: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in s)


def to_simplified(s: str) -> str:
    """Traditional → simplified, keeping the length (one character for one)."""
    if not _has_han(s):
        return s
    out = _t2s().convert(s)
    if len(out) == len(s):
        return out
    conv = _t2s().convert
    return "".join(c2 if len(c2 := conv(c)) == 1 else c for c in s)


_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def is_traditional(text: str) -> bool:
    """True when the text is written in traditional characters.

    Simplified text is left alone: t2s would also rewrite valid simplified characters that
    occur in names (乾 → 干), so conversion runs only on pages that need it.
    """
    sample = _NOT_HAN.sub("", text[:50000])
    if not sample:
        return False
    converted = _t2s().convert(sample)
    if converted == sample:
        return False
    if len(converted) != len(sample):
        return True
    changed = sum(map(str.__ne__, sample, converted))
    # a simplified name such as 田得乾 changes under t2s too: ask for several changed characters
    return (changed >= 3 and changed > 0.02 * len(sample)) or changed > 0.3 * len(sample)


def normalize_piece(s: str, simplify: bool = False) -> str:
    """One-for-one character normalization (width, spaces, and optionally script)."""
    s = narrow(s)
    return to_simplified(s) if simplify else s


@dataclass
class Mapped:
    """Analysis text with runs (analysis offset, original offset) for tracing back."""

    text: str = ""
    runs: list[tuple[int, int]] = field(default_factory=list)
    simplify: bool = False

    def append(self, orig: str, start: int, end: int) -> None:
        """Append original[start:end], normalized, dropping markup and invisible characters."""
        pos = start
        for a, b in _deletions(orig, start, end):
            self._add(orig, pos, a)
            pos = b
        self._add(orig, pos, end)

    def append_line(self, orig: str, line: Line) -> None:
        """Append a line; its normalized text is reused when it maps one for one."""
        if line.plain and not self.simplify:
            self.runs.append((len(self.text), line.start))
            self.text += line.text
        else:
            self.append(orig, line.start, line.end)

    def append_bar(self, at: int) -> None:
        """Append a bar between two cells of a table, standing for the line break at original offset at."""
        self.runs.append((len(self.text), at))
        self.text += "|"

    def bars_at(self, at: Sequence[int]) -> None:
        """Put a bar for the space at each of these analysis offsets (cells a space parts): one character
        for one, so the map back to the original stays as it is."""
        chars = list(self.text)
        for i in at:
            chars[i] = "|"
        self.text = "".join(chars)

    def _add(self, orig: str, a: int, b: int) -> None:
        if a >= b:
            return
        self.runs.append((len(self.text), a))
        self.text += normalize_piece(orig[a:b], self.simplify)

    def orig(self, i: int) -> int:
        """Original offset of analysis character i."""
        k = bisect.bisect_right(self.runs, (i, float("inf"))) - 1
        a, o = self.runs[k]
        return o + (i - a)

    def orig_span(self, i: int, j: int) -> tuple[int, int]:
        """Original [start, end) covering analysis characters i..j-1."""
        return self.orig(i), self.orig(j - 1) + 1

    def original_text(self, orig: str, i: int, j: int) -> str:
        """The original characters behind analysis text[i:j], in analysis order."""
        runs = self.runs
        first = max(0, bisect.bisect_right(runs, (i, float("inf"))) - 1)
        if runs and i >= runs[first][0] and j <= (runs[first + 1][0] if first + 1 < len(runs) else len(self.text)):
            a, o = runs[first]  # inside one run: one slice
            return orig[o + i - a:o + j - a] if i < j else ""
        parts = []
        for k in range(first, len(runs)):
            a, o = runs[k]
            if a >= j:
                break
            b = runs[k + 1][0] if k + 1 < len(runs) else len(self.text)
            lo, hi = max(a, i), min(b, j)
            if lo < hi:
                parts.append(orig[o + lo - a:o + hi - a])
        return "".join(parts)


# --- lines ---------------------------------------------------------------------------------

_HEADING = re.compile(r"#{1,6}(?=\s)")
# Line ends, and private-use characters: scraped pages put them where a paragraph or a cross-head
# ended (an icon font's glyph); they are no text
_BREAKS = re.compile(r"\r\n|\r|\n|[\ue000-\uf8ff]")
# A line that opens a list item starts a paragraph: 一、 (一) 1、 1.
LIST_START = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．]|"
                        r"\d{1,2}\.(?!\d))")
# Page furniture: the site's buttons, bylines of the page, publication and view lines, not text
_FURNITURE = re.compile(
    r"^[\[【(（]?\s*(?:来源|信息来源|发布时间|发布时期|发布日期|时间|日期|作者|编辑|责任编辑|浏览|阅读数|点击数?|字号|"
    r"分享到?|打印|关闭|收藏|下载|全屏|加大|还原|减小|返回|当前位置|您的位置|您当前的位置|您现在的位置|PDF版|资料图|为你推荐|"
    r"相关新闻|相关阅读|阅读剩余全文|扫一扫|微博认证|调查问题加载中|若长时间无响应|原文链接|正文复制|复制链接|"
    r"注册新用户|修改密码|找回密码|忘记密码|注册|登录|登陆|转自|转载自)"
    r"(?:[】\]:：,，(（\s]|$)")
# a paper's masthead line: 宁夏法治报/2025 年/8 月/11 日/第 001 版
_MASTHEAD = re.compile(r"^\S{2,12}报\s*[/／|]\s*\d{4}\s*年\s*[/／|]?\s*\d{1,2}\s*月\s*[/／|]?\s*\d{1,2}\s*日"
                       r"(?:\s*[/／|]\s*第\s*\d+\s*版)?\s*$")
# a site's breadcrumb: 闽南网 > 泉州 > 泉州新闻 > 正文
_BREADCRUMB = re.compile(r"[^。，,；;>＞»]{1,16}(?:\s*[>＞»]\s*[^。，,；;>＞»]{1,16}){2,}"
                         r"|(?:[>＞»]\s*(?![\d０-９])[^。，,；;>＞»]{1,16}\s*){2,}")  # (its rest, on a line of its own: > 区情要闻 > 温州资讯)
_FURNITURE_IN = re.compile(r"(?:来源|责任编辑|浏览|作者|发布时间)\s*[:：]")
# where a copied page had a picture or a player: 图片, [视频], 【组图】
_PLACEHOLDER = re.compile(r"[\[【(（]?\s*(?:图片|圖片|组图|組圖|视频|視頻|音频|音頻)\s*[\]】)）]?")
# a copied page's buttons on lines of their own (关注公众号, 手机扫码查看, 打赏方式, 微信支付微信支付) and the file
# names its pictures left (banquan28.jpeg)
_BUTTONS = re.compile(r"(?:关注公众号|手机扫码查看|扫码查看|手机查看|喜欢作者|打赏方式|打赏|微信支付|支付宝支付|微信扫一扫|\s)+")
_PRINTED_IN = re.compile(r"《\s*[^《》]{2,16}\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第?\s*\d{1,2}\s*版)?\s*[)）]")
_MARKUP_ONLY = re.compile(r"[•·\s]*(?:</?[A-Za-z][A-Za-z0-9]*(?:\s+[A-Za-z:-]+=\"[^\"<>]*\")*\s*/?>\s*)+")  # <ul id="x"></ul>
# a page's reading-time line: 本篇文章490字,读完约1分钟; 全文共2300字，阅读大约需要5分钟
_READING_TIME = re.compile(r"(?:本篇文章|本文|全文)共?\s*\d+\s*字\s*[,，;；]?\s*(?:读完|阅读)[^\d]{0,6}\d+\s*分钟[。.]?")
_FILE_NAME = re.compile(r"[\w.\-]{1,80}\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?)", re.IGNORECASE)
_DATE_TIME = re.compile(r"\d{2,4}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?")

# a list item: a markdown mark or number before a space, or a Chinese bullet mark (●批捕72.6万人)
_BULLET = re.compile(r"[-*•·](?=\s)|[●◆★▪►](?=\s*[^\s●◆★▪►])|\d{1,2}[.、](?=\s)")
TERMINAL = set("。！？!?…;；:：")
CLOSERS = set("”’」』）)》】\"'")
NO_START = set("，,。、；;：:！!？?）)》」』】”%的地得了着过吗呢吧啊")
SOFT_BREAKS = set("，,、；;")
CAPTION_START = re.compile(r"(?:图为|图片为|上图|下图|左图|右图|图一|图二|图\d)")
CREDIT_END = re.compile(r"(?:\s摄|摄影|供图|摄$)\s*$")
# a caption's sentence, then who took the photo: …的工作。 香港文汇报记者聂晓辉 摄
_CAPTION_CREDITED = re.compile(r"[。！？!?]\s*(?:(?:[\u4e00-\u9fff]{0,12}(?:记者|通讯员))?\s*[\u4e00-\u9fff·]{2,6}\s*(?:摄|攝)(?:影)?"
                               r"|[\u4e00-\u9fff]{2,14}(?:供图|供圖))\s*$")  # …举行升旗仪式。 沈阳市公安局供图: a body's photo
CREDIT_START = re.compile(r"(?:图源|图片来源|图片由|图/)\s*[:：]?\s*\S")  # 图源泉州市中级人民法院公众号
_CONTINUED = re.compile(r"[（(]?上接第")
# 本报讯, 本报北京3月5日电, 中国吉林网7月20日讯, 新华社北京1月1日电: a story's first line, never a continuation
DATELINE = re.compile(r"本报[\u4e00-\u9fff]{0,6}[讯电]|[\u4e00-\u9fff]{1,8}(?:网|社|报|台|客户端)[\u4e00-\u9fff]{0,6}"
                      r"\d{1,2}月\d{1,2}日[讯电]")
_SENTENCE_END = re.compile(r"[。！？!?;；](?:[”’」』)]*)")
_CLAUSE_MARK = re.compile("[，,。；;！？!?]")
_OPEN = "《“（(「『【"
_CLOSE = "》”）)」』】"


@dataclass
class Line:
    """One non-blank line of the original file, markup prefix removed."""

    no: int  # 1-based line number
    start: int  # original offset of the content (after markup prefix)
    end: int
    text: str  # normalized content (analysis form, markup removed)
    heading: int = 0
    bullet: bool = False
    plain: bool = False  # text is original[start:end] normalized character for character
    indent: bool = False  # the line opens with a paragraph indent (two spaces or an ideographic space)
    lead: int = 0  # the width of the whitespace before it (an ideographic space counts two)

    @cached_property
    def short(self) -> bool:
        return len(self.text) <= 32 and _CLAUSE_MARK.search(self.text) is None

    # what the joiner asks of a line, once per line (a line is looked at from many others)
    @cached_property
    def starts_midsentence(self) -> bool:
        return _starts_midsentence(self.text)

    @cached_property
    def closes_early(self) -> bool:
        return _closes_early(self.text)


def split_lines(orig: str, simplify: bool = False) -> list[Line]:
    """Non-blank lines with markdown heading/bullet prefixes recognized and stripped."""
    lines: list[Line] = []
    pos, no = 0, 1
    n = len(orig)
    while pos <= n:
        m = _BREAKS.search(orig, pos)
        end = m.start() if m else n
        a, b = pos, end
        while a < b and orig[a].isspace():
            a += 1
        indent = a - pos >= 2 or "\u3000" in orig[pos:a]
        lead = a - pos + orig.count("\u3000", pos, a)
        while b > a and orig[b - 1].isspace():
            b -= 1
        if a < b:
            heading, bullet = 0, False
            if (h := _HEADING.match(orig, a, b)) is not None:
                heading = h.end() - h.start()
                a = h.end()
            elif (bm := _BULLET.match(orig, a, b)) is not None:
                bullet = True
                a = bm.end()
            while a < b and orig[a].isspace():
                a += 1
            if simplify:  # t2s converts phrases: piece by piece, as the paragraph map will
                mapped = Mapped(simplify=True)
                mapped.append(orig, a, b)
                text = mapped.text.strip()
                plain = False
            else:  # width and spaces map character for character: the whole line at once
                piece = orig[a:b]
                deleted = "".join(piece[i:j] for i, j in _kept(piece))
                text = narrow(deleted).strip()
                plain = len(text) == len(piece)  # nothing deleted or stripped: one for one
            if text:
                lines.append(Line(no, a, b, text, heading, bullet, plain, indent, lead))
        if m is None:
            break
        if m.group() in ("\r\n", "\r", "\n"):
            no += 1  # a private-use separator breaks the paragraph, not the line count
        pos = m.end()
    return _past_margin(lines)


_MARGIN = 4  # leading whitespace this wide on most body lines is the page's margin, not an indent


def _past_margin(lines: list[Line]) -> list[Line]:
    """Lines of a page extracted with its left margin (most body lines open with the same run of
    spaces, the first line of a paragraph with more): an indent is what goes past the margin."""
    leads = Counter(ln.lead for ln in lines if len(ln.text) > 32)
    if not leads:
        return lines
    margin, _ = leads.most_common(1)[0]
    if margin < _MARGIN or not any(lead >= margin + 2 for lead in leads):
        return lines  # no deeper first lines: the run of spaces is the paragraphs' own indent
    return [replace(ln, indent=ln.lead >= margin + 2) for ln in lines]


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries (start, end) in a paragraph."""
    out, pos = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((pos, m.end()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def ends_sentence(text: str) -> bool:
    """True if the text ends like a finished sentence."""
    t = text.rstrip()
    if not t:
        return True
    if t[-1] in TERMINAL:
        return True
    return t[-1] in CLOSERS and len(t) > 1 and t[-2] in TERMINAL


_BETWEEN_TITLES = re.compile(r"[》」』”][、，,]?[《「『“]?|[《「『“]")


def is_furniture(text: str) -> bool:
    """Page furniture: share buttons, font-size controls, 来源/发布时间/浏览 lines, a bare date and
    time (02.03.2017  14:42), 【PDF版】, a picture's place (图片) — not the article's text."""
    t = text.strip()
    if not any(c.isalnum() for c in t):
        # 】, ——, ***: marks left of a page's controls; but 》、《 (or 《) between titles each printed on a
        # line of its own is text
        return _BETWEEN_TITLES.fullmatch(t) is None
    if _MARKUP_ONLY.fullmatch(t):
        return True  # <samp id="kc0km"></samp>: a copied page's markup, no text
    if _PRINTED_IN.fullmatch(t):
        return True  # 《 人民日报 》( 2018年06月18日 02 版): where the paper printed the story, no sentence of it
    if len(t) > 60:
        return _BREADCRUMB.fullmatch(t) is not None  # 您现在的位置 : 首页 > 政府信息公开 > … > 统计信息, however long
    if _FURNITURE.match(t) or _MASTHEAD.match(t) or _BREADCRUMB.fullmatch(t) or _PLACEHOLDER.fullmatch(t) \
            or _BUTTONS.fullmatch(t) or _FILE_NAME.fullmatch(t) or _READING_TIME.fullmatch(t):
        return True
    if any(c in t for c in "。！？"):
        return False
    if _FURNITURE_IN.search(t):
        return True
    if (m := _DATE_TIME.search(t)) is not None:
        rest = (t[:m.start()] + t[m.end():]).strip()
        # 山东法制报 26-01-22 16:06; 网络编辑 政务 2022-04-28 06:26:12 0 拉萨市 拉萨 行政 (a time of day: a page's line)
        return len(rest) <= (30 if ":" in m.group() else 12) and not any(c in rest for c in "，,；;")
    return False


def opens_with_date(text: str) -> bool:
    """Whether a line opens with a full date (2016年10月12日在…, 2024-05-08 …)."""
    return _DATE_TIME.match(text.strip()) is not None


def is_caption(text: str) -> bool:
    """A photo's caption: 图为…, or a short paragraph that ends with its photographer's credit
    (●消防处举行年终回顾记者会，简报2024年的工作。 香港文汇报记者聂晓辉 摄)."""
    return bool(CAPTION_START.match(text)) or (len(text) <= 160 and _CAPTION_CREDITED.search(text) is not None)


def is_credit(text: str) -> bool:
    return len(text) <= 40 and bool(CREDIT_END.search(text) or CREDIT_START.match(text.strip())) \
        and not any(c in text for c in "，,。")


def _unbalanced(text: str) -> int:
    """How many opening brackets/quotes are left open at the end of text."""
    depth = 0
    for c in _BRACKET.findall(text):
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE and depth:
            depth -= 1
    return depth


def _closes_early(text: str) -> bool:
    """True if the first clause closes a bracket it never opened (e.g. `议会议纪要》，…`)."""
    return _CLOSES_EARLY.match(text) is not None


_BRACKET = re.compile(f"[{re.escape(_OPEN + _CLOSE)}]")
_CLOSES_EARLY = re.compile(rf"[^{re.escape(_OPEN + _CLOSE)}，,。]{{0,39}}[{re.escape(_CLOSE)}]")


# 15.6%，…, 255 件。…: a figure that ends its clause opens no sentence (人均结案 | 255 件。: a layout break)
_MID = re.compile(r"\d+(?:\.\d+)?\s*(?:%|[万亿]?\s*(?:件|人次|人|元|起|名|宗|家|项|户))\s*[，,；;。]|[\u4e00-\u9fff][、，,；;。]")


def _starts_midsentence(text: str) -> bool:
    """True if a line cannot begin a sentence (`的，…`, `15.6%，…`, `理、…`); a particle that starts a
    word (过去, 地区, 着力, 了解) begins one."""
    if text[0] in _PARTICLES:
        return not particle_starts_word(text)
    return text[0] in NO_START or bool(_MID.match(text))


def particle_starts_word(text: str) -> bool:
    """Whether the particle character text opens with (的地得了着过) starts a word: 地区, 过去, 着力."""
    from reportgen.words import cut

    return len(cut(text[:8])[0]) > 1


_PARTICLES = set("的地得了着过")


# --- paragraphs ----------------------------------------------------------------------------


@dataclass
class Para:
    """A paragraph: one or more original lines joined, with its analysis text and offset map."""

    lines: list[Line]
    mapped: Mapped
    heading: int = 0
    bullet: bool = False
    inserted: bool = False  # printed inside another paragraph by the page layout
    joined: bool = False  # rejoined across a layout break
    table: str = ""  # a table's row: "head" (a header row) or "row" (tables.find_rows)

    @property
    def text(self) -> str:
        return self.mapped.text

    @property
    def line_no(self) -> int:
        return self.lines[0].no

    @cached_property
    def short(self) -> bool:
        return len(self.text) <= 32 and _CLAUSE_MARK.search(self.text) is None


@dataclass
class CleanPage:
    """A page as paragraphs in reading order."""

    orig: str
    paras: list[Para]
    markdown: bool
    simplified: bool = False  # the page was traditional and was analysed in simplified form


# a counter word opening a line right after a figure (…减少 29 | 件或减 4.75%)
_COUNTER_OPENS = re.compile(r"[件人元起名宗家项户辆次个位所条份吨亩]")
_TAKES_A_FIGURE = re.compile(r"(?:减少|增加|上升|下降|增长|提高|降低|为|达|达到|共|共计|计|占|约|近|超过)$")


def _broken_across(prev: str, nxt: str) -> bool:
    """Whether a long line's last word runs on into the next line (较上年同 | 期增加, 妨害他人身 | 体财产,
    减少 29 | 件): the layout broke a word or a figure, so the lines are one sentence even on a page
    whose lines seldom end with punctuation."""
    from reportgen.words import cut

    if not prev or not nxt:
        return False
    if prev[-1].isdigit() and _COUNTER_OPENS.match(nxt):
        return True
    if prev[-1] in "，,；;、" or (_TAKES_A_FIGURE.search(prev) and nxt[0].isdigit()):
        return True  # …增加 29 件或增9.54%, | …; …较上年同期减少 | 170 件
    if _NOT_HAN.match(prev[-1]) or _NOT_HAN.match(nxt[0]):
        return False
    left = prev[-4:]
    pos = 0
    for w in cut(left + nxt[:4]):
        if pos < len(left) < pos + len(w):
            return True
        pos += len(w)
    return False


# a figure the layout broke (补助7萬 | 6,000元, 出境18萬4,768 | 人次, 出境7,350架 | 次, 1億5,717 | 萬4,800元): the next
# line goes on with the figure's digits or its unit, whatever its indent
_FIGURE_CUT = re.compile(r"\d[万萬亿億]$")
_UNIT_CUT = re.compile(r"\d[架人件户]$")
_FIGURE_ENDS = re.compile(r"[\d,.万萬亿億]+$")
_UNIT_OPENS = re.compile(_COUNTER_OPENS.pattern + "次?")  # 人次, 件次: a counter and its 次


def _figure_broken(line: str, nxt: str) -> bool:
    """Whether `line` stops inside a figure that `nxt` completes: words stand before the figure (a big
    number alone on its line heads what follows: 7.5万 | 221家司法鉴定机构…), and what `nxt` opens with is
    the figure's digits or its unit, not a word (推薦0 | 家暴案件頻傳)."""
    from reportgen.words import cut

    if not line or not nxt or is_furniture(line) or is_furniture(nxt):
        return False
    tail = _FIGURE_ENDS.search(line)
    if tail is not None and not _HAN.search(line, 0, tail.start()):
        return False
    if _FIGURE_CUT.search(line) and nxt[0].isdigit():
        return True
    if line[-1].isdigit() and nxt[0] in "万萬亿億":
        return True  # 1億5,717 | 萬4,800元
    if line[-1].isdigit() and (unit := _UNIT_OPENS.match(nxt)) is not None:
        return len(cut(nxt[:6])[0]) <= len(unit.group())  # 18萬4,768 | 人次 (not 0 | 家暴)
    return bool(_UNIT_CUT.search(line)) and nxt[0] == "次" and len(cut(nxt[:6])[0]) == 1


class _Joiner:
    """Decides which line continues an unfinished paragraph."""

    LOOKAHEAD_INSERT = 8
    LOOKAHEAD_FRAGMENT = 40

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        # where some lines are indented and others not, an indented line opens a paragraph
        indented = sum(ln.indent for ln in lines)
        self.indents = 0 < indented < len(lines)
        bodyish = [ln for ln in lines if not ln.heading and not ln.bullet and len(ln.text) >= 40]
        unfinished = sum(1 for ln in bodyish if not ends_sentence(ln.text))
        # Pages laid out as lists/infographics rarely end lines with punctuation; there, only
        # strong signals (mid-sentence start, bracket closing) justify a join.
        self.loose = bool(bodyish) and unfinished > 0.4 * len(bodyish)
        self._continuable: dict[int, bool] = {}  # by id of the line; the lines live as long as self

    def unfinished(self, ln: Line) -> bool:
        """A long line, or one with clause breaks, that stops mid-sentence."""
        if ln.heading or ln.bullet or ends_sentence(ln.text) or is_credit(ln.text) or is_furniture(ln.text):
            return False
        return len(ln.text) > 32 or any(c in ln.text for c in "，,；;")

    def open_end(self, ln: Line) -> bool:
        """A line without closing punctuation that may still run on (checked against the next)."""
        return not (ln.heading or ln.bullet or ends_sentence(ln.text) or is_credit(ln.text)
                    or is_caption(ln.text) or is_furniture(ln.text))

    def continuable(self, ln: Line) -> bool:
        if (known := self._continuable.get(id(ln))) is not None:
            return known
        t = ln.text
        ok = not (ln.heading or ln.bullet or is_caption(t) or is_credit(t) or DATELINE.match(t)
                  or _CONTINUED.match(t) or LIST_START.match(t) or is_furniture(t)
                  or (self.indents and ln.indent)) and (not ln.short or ln.starts_midsentence)
        self._continuable[id(ln)] = ok
        return ok

    @staticmethod
    def title_broken(prev: str, ln: Line) -> bool:
        """`prev` ends with a bracket that opens a title and `ln` goes on with it: 发布了《 | 中国应对气候
        变化的政策与行动 | 》白皮书。"""
        return prev.endswith(tuple(_OPEN)) and not (ln.heading or ln.bullet or is_furniture(ln.text))

    def strong(self, prev: str, ln: Line, prev_open: bool | None = None) -> bool:
        """`ln` surely continues `prev`; `prev_open` is _unbalanced(prev) > 0 when already known."""
        if not self.continuable(ln):
            return False
        if ln.starts_midsentence and ln.text[0] not in _CLOSE:
            return True
        if not ln.closes_early:  # a line opening with a closer (》白皮书。) closes one
            return False
        return prev_open if prev_open is not None else _unbalanced(prev) > 0

    def find(self, i: int, prev_text: str, taken: set[int]) -> tuple[int | None, list[int]]:
        """Index of the line continuing line i, and the indexes printed in between."""
        lines = self.lines
        nxt = [k for k in range(i + 1, min(len(lines), i + 1 + self.LOOKAHEAD_FRAGMENT)) if k not in taken]
        if not nxt:
            return None, []
        j = nxt[0]
        if self.continuable(lines[j]) and (not self.loose or self.strong(prev_text, lines[j])
                                           or (j == i + 1 and _broken_across(prev_text, lines[j].text))):
            return j, []
        if self.title_broken(prev_text, lines[j]):
            return j, []
        # a run of captions / photo credits / short labels printed inside the sentence
        run: list[int] = []
        for k in nxt[: self.LOOKAHEAD_INSERT]:
            ln = lines[k]
            if is_caption(ln.text) or is_credit(ln.text) or (ln.short and not ln.heading):
                run.append(k)
                continue
            if run and any(is_caption(lines[r].text) or is_credit(lines[r].text) for r in run) \
                    and self.continuable(ln) and not ln.short:
                return k, run
            break
        # another story's text printed inside this one: find where this sentence resumes
        prev_open = _unbalanced(prev_text) > 0
        for pos, k in enumerate(nxt[1:], start=1):
            ln = lines[k]
            if self.strong(prev_text, ln, prev_open) and (ln.heading == 0):
                before = lines[nxt[pos - 1]]
                if not self.unfinished(before):
                    return k, nxt[:pos]
        return None, []


def clean(orig: str) -> CleanPage:
    """Split a page into paragraphs, rejoining sentences the layout broke apart."""
    simplify = is_traditional(orig)
    lines = split_lines(orig, simplify)
    joiner = _Joiner(lines)
    rows = {row.lines[0]: row for row in find_rows([ln.text for ln in lines])}
    taken: set[int] = {k for row in rows.values() for k in row.lines}
    inserted: set[int] = set()
    groups: list[tuple[int, list[int]]] = []
    for i, ln in enumerate(lines):
        if i in rows:  # a table's row is a paragraph of its own, never joined to text
            groups.append((i, list(rows[i].lines)))
            continue
        if i in taken:
            continue
        taken.add(i)
        group = [i]
        cur = i
        text = ln.text
        while True:
            j: int | None
            between: list[int]
            if cur + 1 < len(lines) and cur + 1 not in taken and cur + 1 not in rows \
                    and not (lines[cur + 1].heading or lines[cur + 1].bullet) \
                    and _figure_broken(lines[cur].text, lines[cur + 1].text):
                j, between = cur + 1, []  # a figure the layout broke, on a list's line too
            elif joiner.unfinished(lines[cur]):
                j, between = joiner.find(cur, text, taken)
            elif joiner.open_end(lines[cur]) and cur + 1 < len(lines) and cur + 1 not in taken \
                    and (joiner.strong(text, lines[cur + 1]) or joiner.title_broken(text, lines[cur + 1])):
                j, between = cur + 1, []
            else:
                j = None
            if j is None:
                break
            taken.add(j)
            inserted.update(between)
            group.append(j)
            text += lines[j].text
            cur = j
        groups.append((i, group))
    paras: list[Para] = []
    for first, group in groups:
        mapped = Mapped(simplify=simplify)
        stacked = first in rows and rows[first].stacked
        for n, k in enumerate(group):
            if stacked and n:
                mapped.append_bar(lines[group[n - 1]].end)  # a cell a line: the line break is the bar
            mapped.append_line(orig, lines[k])
        # trim whitespace the markup removal may have left at the ends
        lead = len(mapped.text) - len(mapped.text.lstrip())
        if lead:
            mapped = _slice(mapped, lead, len(mapped.text))
        trail = len(mapped.text.rstrip())
        if trail < len(mapped.text):
            mapped = _slice(mapped, 0, trail)
        if not mapped.text:
            continue
        if first in rows and rows[first].spaced:
            mapped.bars_at(spaced_bars(mapped.text, rows[first].head, rows[first].spaced))
        ln0 = lines[first]
        table = ("head" if rows[first].head else "row") if first in rows else ""
        paras.append(Para([lines[k] for k in group], mapped, ln0.heading, ln0.bullet,
                          inserted=first in inserted, joined=len(group) > 1 and not table, table=table))
    markdown = any(ln.heading for ln in lines) or sum(ln.bullet for ln in lines) >= 3
    return CleanPage(orig, paras, markdown, simplify)


def _slice(m: Mapped, i: int, j: int) -> Mapped:
    out = Mapped(m.text[i:j], [], m.simplify)
    for k, (a, o) in enumerate(m.runs):
        b = m.runs[k + 1][0] if k + 1 < len(m.runs) else len(m.text)
        lo, hi = max(a, i), min(b, j)
        if lo < hi:
            out.runs.append((lo - i, o + lo - a))
    return out
