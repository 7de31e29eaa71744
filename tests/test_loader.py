import json

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
