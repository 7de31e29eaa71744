import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from newslens.cli import main

from .conftest import REFERENCE, ROOT

SCHEMA = json.loads((ROOT / "src/newslens/schema/extract.schema.json").read_text("utf-8"))


def run(*args):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("command", [[], *[[name] for name in main.commands]])
def test_every_command_has_help(command):
    result = run(*command, "--help")
    assert result.exit_code == 0 and "Usage:" in result.output


def test_every_command_is_documented_in_readme():
    readme = (ROOT / "README.md").read_text("utf-8")
    for name, cmd in main.commands.items():
        assert f"newslens {name}" in readme, name
        for param in cmd.params:
            for opt in param.opts:
                if opt.startswith("--") and opt != "--help":
                    assert opt in readme, f"{name} {opt}"


def test_every_make_target_is_documented():
    targets = re.findall(r"^([a-z-]+):.*## ", (ROOT / "Makefile").read_text(), re.M)
    readme = (ROOT / "README.md").read_text("utf-8")
    assert targets
    for t in targets:
        assert f"make {t}" in readme, t


def test_extract_output_validates_against_schema(tmp_path):
    out = tmp_path / "x.json"
    result = run("extract", str(REFERENCE), "-o", str(out))
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text("utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert data["article"]["published"] == "2022-10-30"


def test_schema_rejects_a_broken_extraction(reference):
    data = reference.extraction.to_dict()
    data["actors"][0]["type"] = "animal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


@pytest.mark.parametrize("args,message", [
    (["extract", "missing.txt"], "no such file"),
    (["extract", "."], "is a directory"),
    (["extract", str(REFERENCE), "--published", "30.10.2022"], "not an ISO date"),
    (["extract", str(REFERENCE), "-o", "/nonexistent/dir/x.json"], "output directory does not exist"),
    (["render", "missing.txt"], "no such file"),
    (["render", str(REFERENCE), "--format", "docx"], "unknown format"),
    (["evaluate", "missing-dir"], "not a directory"),
])
def test_bad_input_exits_2_with_one_line(args, message):
    proc = subprocess.run([sys.executable, "-m", "newslens.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def test_render_unwritable_output(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("render", str(REFERENCE), "--out", str(blocker / "sub"))
    assert result.exit_code == 2
    assert not (blocker.parent / "sub").exists()


def test_folder_expands_to_articles_not_sidecars_or_its_own_documents(tmp_path):
    from newslens.cli import expand_inputs

    for name in ("a.txt", "b.md", "c.html", "a.meta.json", "a.gold.json", "README.md", "GUIDELINES.md", "notes.csv"):
        (tmp_path / name).write_text("x", "utf-8")
    assert [p.name for p in expand_inputs((str(tmp_path),))] == ["a.txt", "b.md", "c.html"]


# ---------------------------------------------------------------- bad input: one line, exit 2, nothing written
def cli(*args, cwd=ROOT, env=None):
    return subprocess.run([sys.executable, "-m", "newslens.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=300, env=env)


def one_line_exit_2(proc, message):
    assert proc.returncode == 2, proc.stderr
    assert message in proc.stderr, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newslens: error: "), proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("option,message", [
    (["--format", ""], "--format: no format given"),
    (["--format", " , "], "--format: no format given"),
    (["--format", "docx"], "--format: unknown format 'docx'"),
    (["--format", "html,docx"], "--format: unknown format 'docx'"),
    (["--focus", "1000-01-01:9999-12-31"], "outside the dates a report can show"),
    (["--focus", "2022-02-28:2021-12-01"], "--focus: the start 2022-02-28 is after the end 2021-12-01"),
    (["--focus", "2021-12-01garbage:2022-02-28"], "--focus start: not an ISO date"),
    (["--focus", "2021-12-01"], "--focus: use START:END"),
    (["--focus", ":"], "--focus: give at least one date"),
    (["--published", "2022-01-01garbage"], "--published: not an ISO date"),
    (["--published", "0001-01-01"], "outside the dates a report can show"),
])
def test_render_refuses_bad_options_before_writing(tmp_path, option, message):
    out = tmp_path / "out"
    one_line_exit_2(cli("render", REFERENCE, "--out", out, *option), message)
    assert not out.exists()


def test_format_is_validated_for_a_corpus_too(tmp_path):
    out = tmp_path / "out"
    one_line_exit_2(cli("render", REFERENCE, ROOT / "data/dev/legia-trener.txt", "--out", out, "--format", ""),
                    "--format: no format given")
    assert not out.exists()


def test_two_missing_files_named_once_each_and_no_index(tmp_path):
    out = tmp_path / "out"
    proc = cli("render", tmp_path / "a.txt", tmp_path / "b.txt", "--out", out)
    one_line_exit_2(proc, "no such file")
    assert proc.stderr.count("a.txt") == 1 and proc.stderr.count("b.txt") == 1
    assert not out.exists()


def test_missing_file_among_good_ones_renders_nothing(tmp_path):
    out = tmp_path / "out"
    one_line_exit_2(cli("render", REFERENCE, tmp_path / "typo.txt", "--out", out), "typo.txt: no such file")
    assert not out.exists()


def test_symlink_loop_is_not_called_missing(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    for command in (["render", tmp_path / "a.txt", "--out", tmp_path / "out"], ["extract", tmp_path / "a.txt"]):
        one_line_exit_2(cli(*command), "a.txt: symbolic link loop")
    assert not (tmp_path / "out").exists()


def test_nul_bytes_after_8_kb_are_refused(tmp_path):
    body = REFERENCE.read_bytes() * 4
    assert len(body) > 9000
    (tmp_path / "nul.txt").write_bytes(body[:9000] + b"\x00" + body[9000:])
    out = tmp_path / "out"
    one_line_exit_2(cli("render", tmp_path / "nul.txt", "--out", out), "binary file (contains NUL bytes)")
    assert not out.exists()


def test_stray_invalid_byte_is_a_warning_not_a_failure(tmp_path):
    raw = REFERENCE.read_bytes()
    (tmp_path / "a.txt").write_bytes(raw[:500] + b"\xff" + raw[500:])
    proc = cli("extract", tmp_path / "a.txt")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip() == f"newslens: warning: {tmp_path / 'a.txt'}: 1 invalid UTF-8 byte replaced with \ufffd"
    assert json.loads(proc.stdout)["actors"]


def test_unwritable_output_with_two_articles(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = cli("render", REFERENCE, ROOT / "data/dev/legia-trener.txt", "--out", blocker / "sub")
    one_line_exit_2(proc, "cannot write output directory")
    assert blocker.read_text() == "x" and sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_two_articles_with_one_id_are_refused(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(REFERENCE.read_bytes())
    (tmp_path / "b.meta.json").write_text(json.dumps({"id": "A"}), "utf-8")
    out = tmp_path / "out"
    one_line_exit_2(cli("render", tmp_path / "a.txt", tmp_path / "b.txt", "--out", out), "would both be written to <out>/a/")
    assert not out.exists()


def test_extract_output_into_a_directory_is_refused(tmp_path):
    one_line_exit_2(cli("extract", REFERENCE, "-o", tmp_path), "is a directory, expected a file name")


@pytest.mark.parametrize("kind", ["folder", "file", "symlink"])
def test_render_never_replaces_what_is_not_a_report(tmp_path, kind):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "lawrow-warunki-rozmow"
    if kind == "folder":
        target.mkdir()
        (target / "notes.txt").write_text("mine")
    elif kind == "file":
        target.write_text("mine")
    else:
        (tmp_path / "elsewhere").mkdir()
        target.symlink_to(tmp_path / "elsewhere")
    proc = cli("render", REFERENCE, "--out", out, "--format", "html")
    one_line_exit_2(proc, "lawrow-warunki-rozmow: exists and is not a ")
    assert sorted(p.name for p in out.iterdir()) == ["lawrow-warunki-rozmow"]
    if kind == "folder":
        assert (target / "notes.txt").read_text() == "mine"
    elif kind == "file":
        assert target.read_text() == "mine"
    else:
        assert target.is_symlink()


def test_an_internal_error_is_one_line_not_a_traceback(monkeypatch):
    import newslens.analysis

    def boom(*_a, **_k):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(newslens.analysis, "analyze", boom)
    monkeypatch.delenv("NEWSLENS_DEBUG", raising=False)
    result = run("extract", str(REFERENCE))
    assert result.exit_code == 1
    assert result.output.strip() == "newslens: internal error: RuntimeError: boom (NEWSLENS_DEBUG=1 shows the traceback)"
    monkeypatch.setenv("NEWSLENS_DEBUG", "1")
    assert isinstance(run("extract", str(REFERENCE)).exception, RuntimeError)
