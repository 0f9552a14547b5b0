import codecs

import pytest

from reportgen.errors import InputError
from reportgen.read import decode, discover, read_source

TEXT = "受理执行案件４７７１７件，同比增长20.49%。\n"


@pytest.mark.parametrize("data,encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-bom"),
    (TEXT.encode("gb18030"), "gb18030"),
    (TEXT.encode("gbk"), "gb18030"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le-bom"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be-bom"),
])
def test_decodings(data, encoding):
    text, enc = decode(data)
    assert text == TEXT
    assert enc == encoding


def test_binary_is_rejected(tmp_path):
    p = tmp_path / "x.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    with pytest.raises(InputError, match="binary"):
        read_source(p)


@pytest.mark.parametrize("content,reason", [(b"", "is empty"), (b"\n\n  \r\n", "only blank lines")])
def test_empty(tmp_path, content, reason):
    p = tmp_path / "e.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=reason):
        read_source(p)


def test_undecodable(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes("执行".encode() + b"\xff\xff\xff\x81")
    with pytest.raises(InputError) as exc:
        read_source(p)
    assert "bad.txt" in str(exc.value)


def test_not_found_and_folders(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text("执行案件10件。", "utf-8")
    (tmp_path / "a" / "sub").mkdir()
    (tmp_path / "a" / "sub" / "two.md").write_text("# 标题\n\n正文5件。", "utf-8")
    (tmp_path / "a" / "skip.csv").write_text("x", "utf-8")
    files, errors = discover([tmp_path / "a", tmp_path / "missing.txt"])
    assert [f.name for f in files] == ["one.txt", "two.md"]
    assert len(errors) == 1 and "not found" in str(errors[0])


def test_unsupported_extension(tmp_path):
    p = tmp_path / "x.pdf"
    p.write_bytes(b"%PDF")
    with pytest.raises(InputError, match="unsupported"):
        read_source(p)
