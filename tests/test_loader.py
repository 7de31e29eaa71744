import json
import os
import re

import pytest

from newslens.loader import InputError, load_article

POLISH = ("Minister finansów zapowiedział w piątek, że rząd nie podniesie podatków w przyszłym roku. "
          "Według niego gospodarka rośnie szybciej, niż się spodziewano, a inflacja spada.\n")


def write(tmp_path, name, data):
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


@pytest.mark.parametrize("encoding", ["utf-8", "cp1250", "iso-8859-2"])
def test_decodes_polish_encodings(tmp_path, encoding):
    text = "Żółć gęślą jaźń. " + POLISH
    a = load_article(write(tmp_path, "a.txt", text.encode(encoding)))
    assert a.text.startswith("Żółć gęślą jaźń.")


@pytest.mark.parametrize("name,data,message", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("bin.txt", bytes(range(256)) * 40, "binary file"),
    ("en.txt", b"The minister said on Friday that the government would not raise taxes next year. " * 5,
     "no Polish text found (detected language: en)"),
    ("a.pdf", b"%PDF-1.4", "unsupported file type .pdf"),
])
def test_bad_input_is_one_clear_line(tmp_path, name, data, message):
    with pytest.raises(InputError) as err:
        load_article(write(tmp_path, name, data))
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_article(tmp_path)


def test_sidecar_then_options_then_inference(tmp_path):
    p = write(tmp_path, "art.txt", "Nagłówek artykułu\n" + POLISH)
    assert load_article(p).title == "Nagłówek artykułu"
    (tmp_path / "art.meta.json").write_text(json.dumps({"title": "Z pliku", "published": "2023-05-04",
                                                        "outlet": "PAP"}), "utf-8")
    a = load_article(p)
    assert (a.title, a.published, a.outlet) == ("Z pliku", "2023-05-04", "PAP")
    assert load_article(p, title="Z opcji", published="2023-06-01").title == "Z opcji"
    (tmp_path / "art.meta.json").write_text("{broken", "utf-8")
    with pytest.raises(InputError, match="unreadable metadata sidecar"):
        load_article(p)


def test_html_through_trafilatura(tmp_path):
    body = "".join(f"<p>{POLISH}</p>" for _ in range(3))
    html = (f"<html><head><title>Tytuł strony</title></head><body><nav>Menu główne</nav>"
            f"<article><h1>Tytuł</h1>{body}</article></body></html>")
    a = load_article(write(tmp_path, "page.html", html))
    assert "Minister finansów" in a.text and "<p>" not in a.text


def test_markdown_heading_is_title(tmp_path):
    a = load_article(write(tmp_path, "a.md", "# Strajk nauczycieli\n\n" + POLISH))
    assert a.title == "Strajk nauczycieli" and not a.text.startswith("#")


# ---------------------------------------------------------------- hostile and damaged inputs (issue 16)
@pytest.mark.parametrize("sidecar_id,expected", [
    (".", "article"), ("..", "article"), ("", "art"), ("./../../../tmp/DIR", "tmp-dir"), ("a/b\\c", "a-b-c"),
    ("/etc/passwd", "etc-passwd"), ("Łódź — raport", "lodz-raport"), ("x" * 300, "x" * 80), ("..\x00..", "article"),
])
def test_sidecar_id_is_only_a_name(tmp_path, sidecar_id, expected):
    p = write(tmp_path, "art.txt", POLISH)
    (tmp_path / "art.meta.json").write_text(json.dumps({"id": sidecar_id}), "utf-8")
    a = load_article(p)
    assert a.id == expected
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", a.id) and len(a.id) <= 80


@pytest.mark.parametrize("field,value", [("id", ["x"]), ("title", {"a": 1}), ("published", 20220101)])
def test_sidecar_fields_must_be_strings(tmp_path, field, value):
    p = write(tmp_path, "art.txt", POLISH)
    (tmp_path / "art.meta.json").write_text(json.dumps({field: value}), "utf-8")
    with pytest.raises(InputError, match=f"'{field}' must be a string"):
        load_article(p)


def test_nul_bytes_anywhere_make_a_binary_file(tmp_path):
    body = (POLISH * 200).encode("utf-8")
    assert len(body) > 8192
    for at in (0, 100, 9000, len(body) - 1):
        p = write(tmp_path, f"n{at}.txt", body[:at] + b"\x00" + body[at:])
        with pytest.raises(InputError, match="binary file"):
            load_article(p)


def test_a_stray_invalid_byte_is_replaced_with_a_warning(tmp_path):
    from newslens.loader import InputWarning

    raw = ("Żółć gęślą jaźń. " + POLISH).encode("utf-8")
    p = write(tmp_path, "a.txt", raw[:40] + b"\xff" + raw[40:])
    with pytest.warns(InputWarning, match=r"a\.txt: 1 invalid UTF-8 byte replaced"):
        a = load_article(p)
    assert a.text.startswith("Żółć gęślą jaźń.") and a.text.count("\ufffd") == 1


def test_cp1250_is_not_mistaken_for_damaged_utf8(tmp_path, recwarn):
    a = load_article(write(tmp_path, "a.txt", ("Żółć gęślą jaźń. " + POLISH).encode("cp1250")))
    assert "\ufffd" not in a.text and a.text.startswith("Żółć")
    assert not [w for w in recwarn if "UTF-8" in str(w.message)]


def test_symlink_loop_is_named(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    with pytest.raises(InputError, match="a.txt: symbolic link loop"):
        load_article(tmp_path / "a.txt")


def test_fifo_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(InputError, match="not a regular file"):
        load_article(tmp_path / "pipe.txt")


def test_size_limit(tmp_path, monkeypatch):
    import newslens.loader as loader

    monkeypatch.setattr(loader, "MAX_BYTES", 1000)
    with pytest.raises(InputError, match="too large"):
        load_article(write(tmp_path, "big.txt", POLISH * 10))


def test_text_limit_counts_the_article_not_the_markup(tmp_path, monkeypatch):
    import newslens.loader as loader

    monkeypatch.setattr(loader, "MAX_TEXT", 2000)
    page = "<html><body><script>" + "x" * 5000 + "</script><article>" + f"<p>{POLISH}</p>" * 3 + "</article></body></html>"
    assert len(load_article(write(tmp_path, "page.html", page)).text) < 2000
    with pytest.raises(InputError, match=r"article text too long \(2 KiB; the limit is 1 KiB"):
        monkeypatch.setattr(loader, "MAX_TEXT", 1024)
        load_article(write(tmp_path, "long.txt", POLISH * 12))


@pytest.mark.parametrize("value,message", [
    ("2022-01-01garbage", "not an ISO date"), ("30.10.2022", "not an ISO date"), ("2022-13-01", "not an ISO date"),
    ("1000-01-01", "outside the dates a report can show"), ("9999-12-31", "outside the dates a report can show"),
])
def test_bad_published_dates(tmp_path, value, message):
    p = write(tmp_path, "art.txt", POLISH)
    with pytest.raises(InputError, match=message):
        load_article(p, published=value)


def test_published_date_time_from_a_sidecar(tmp_path):
    p = write(tmp_path, "art.txt", POLISH)
    (tmp_path / "art.meta.json").write_text(json.dumps({"published": "2022-10-30T09:15:00+01:00"}), "utf-8")
    assert load_article(p).published == "2022-10-30"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_its_byte_order_mark_is_read(tmp_path, encoding):
    text = "Żółć gęślą jaźń. " + POLISH
    data = text.encode(encoding) if encoding == "utf-16" else b"\xfe\xff" + text.encode(encoding)
    assert load_article(write(tmp_path, "a.txt", data)).text.startswith("Żółć gęślą jaźń.")


@pytest.mark.parametrize("name,data,message", [
    ("le.txt", POLISH.encode("utf-16-le"), "UTF-16 text without a byte-order mark; save it as UTF-8"),
    ("odd.txt", POLISH.encode("utf-16") + b"A", "a UTF-16 byte-order mark, then no UTF-16 text"),
    ("mark.txt", b"\xff\xfe", "empty file"),
    ("nul.txt", POLISH.encode("utf-8") + b"\x00", "binary file (contains NUL bytes)"),
    ("tags.html", b"<html><body><script>x</script></body></html>", "tags.html: no article text found in the HTML"),
])
def test_utf16_and_html_refusals_name_the_cause(tmp_path, name, data, message):
    with pytest.raises(InputError) as err:
        load_article(write(tmp_path, name, data))
    assert message in str(err.value) and "\n" not in str(err.value)
