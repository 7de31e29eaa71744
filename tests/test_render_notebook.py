"""The report's notebook reader (no jupytext import in a render) gives jupytext's cells."""
import sys

import jupytext
import pytest

from newslens.report import lean_imports, read_notebook

from .conftest import FIXTURES, ROOT

FAST = [ROOT / "notebooks" / "report.py", ROOT / "notebooks" / "compare.py", FIXTURES / "broken.py"]


def cells(nb):
    return [(c.cell_type, c.source, dict(c.metadata)) for c in nb.cells]


@pytest.mark.parametrize("path", FAST + [ROOT / "notebooks" / "explore.py"], ids=lambda p: p.name)
def test_reader_gives_jupytext_cells_and_metadata(path):
    ours, theirs = read_notebook(path), jupytext.read(path)
    assert cells(ours) == cells(theirs)
    assert ours.metadata.get("kernelspec") == theirs.metadata.get("kernelspec")


@pytest.mark.parametrize("path", FAST, ids=lambda p: p.name)
def test_report_notebooks_take_the_fast_path(path, monkeypatch):
    """The notebooks a render runs are read without jupytext (its import costs a render ~0.2 s)."""
    monkeypatch.setitem(sys.modules, "jupytext", None)  # importing it now raises ImportError
    assert read_notebook(path).cells


def test_cell_ids_are_stable():
    a, b = read_notebook(FAST[0]), read_notebook(FAST[0])
    assert [c.id for c in a.cells] == [c.id for c in b.cells] == [f"cell-{i}" for i in range(1, len(a.cells) + 1)]


def test_a_markdown_cell_or_unknown_option_goes_to_jupytext(tmp_path):
    p = tmp_path / "nb.py"
    p.write_text('# %% [markdown]\n# Title\n\n# %% tags=["parameters"] other="x"\nx = 1\n\n# %%\n# %time y = 2\n')
    assert cells(read_notebook(p)) == cells(jupytext.read(p))


def test_lean_imports_leave_the_extras_importable_afterwards():
    """The extras papermill and jsonschema are imported without stay importable for the rest."""
    import subprocess

    code = ("import sys; from newslens.report import lean_imports; lean_imports(); "
            "assert 'rfc3987_syntax' not in sys.modules and 'pyarrow' not in sys.modules, 'imported'; "
            "import papermill.iorw, jsonschema, pyarrow, rfc3987_syntax; print('ok')")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-500:]


def test_lean_imports_keep_jsonschema_working():
    lean_imports()
    import jsonschema

    jsonschema.validate({"a": 1}, {"type": "object", "properties": {"a": {"type": "integer"}}})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"a": "x"}, {"type": "object", "properties": {"a": {"type": "integer"}}})
