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
