"""Fault injection (issue 16): a render killed at a random point (Ctrl-C to its process group,
SIGTERM or SIGKILL to the process) leaves the previous report whole, never a partial one; no
process it started outlives it for long; and after the next run no temporary file is left, neither
under --out nor in the system temp dir.

Profiles: ``ci`` (default: 3 kills, part of ``make test``) and ``long`` (``make fuzz``: 9 kills).
With ``NEWSLENS_FUZZ_STATS=DIR`` the figures are written to DIR/faults.json.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from .conftest import REFERENCE, ROOT

pytestmark = pytest.mark.slow

PROFILE = os.environ.get("NEWSLENS_FUZZ", "ci")
KILLS = {"ci": 3, "long": 9}[PROFILE]
SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGKILL)
ARTICLE_ID = "lawrow-warunki-rozmow"


def start(out: Path, env: dict) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newslens.cli", "render", str(REFERENCE), "--out", str(out)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)  # its own process group, as a shell would give it


def files_of(report: Path) -> dict[str, int]:
    return {p.relative_to(report).as_posix(): p.stat().st_size for p in report.rglob("*") if p.is_file()}


def assert_whole(report: Path, expected: set[str]) -> None:
    found = files_of(report)
    assert set(found) == expected, f"partial report: {sorted(expected ^ set(found))}"
    assert all(size > 0 for size in found.values())
    assert (report / "report.html").read_text("utf-8").rstrip().endswith("</html>")
    pdf = (report / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"%%EOF" in pdf[-1024:]
    json.loads((report / "extract.json").read_text("utf-8"))


def survivors(marker: bytes) -> list[int]:
    """Processes whose environment names this test's folder (kernel, browser, driver of a render)."""
    pids = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit() and int(proc.name) != os.getpid():
            try:
                if marker in (proc / "environ").read_bytes():
                    pids.append(int(proc.name))
            except OSError:
                continue
    return pids


@pytest.fixture
def systmp():
    """A private system temp folder, short as /tmp is (Chromium's socket paths must stay short)."""
    path = Path(tempfile.mkdtemp(prefix="nlf", dir="/tmp"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_renders_killed_at_random_points_never_leave_a_partial_report(tmp_path, systmp):
    out = tmp_path / "out"
    env = {**os.environ, "TMPDIR": str(systmp), "NEWSLENS_MARKER": str(tmp_path)}
    marker = f"NEWSLENS_MARKER={tmp_path}".encode()
    rng = random.Random(int(os.environ.get("NEWSLENS_FAULT_SEED", "16")) if PROFILE == "ci" else None)
    stats = {"profile": PROFILE, "kills": 0, "by_signal": {}, "finished_before_the_signal": 0,
             "leftovers_seen_after_a_kill": 0, "max_seconds_to_exit_after_int_or_term": 0.0,
             "max_seconds_until_children_gone": 0.0, "baseline_seconds": 0.0}

    t0 = time.monotonic()
    first = start(out, env)
    _, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    duration = stats["baseline_seconds"] = round(time.monotonic() - t0, 1)
    report = out / ARTICLE_ID
    expected = set(files_of(report))
    assert {"report.html", "report.pdf", "report.ipynb", "extract.json"} <= expected

    for n in range(KILLS):
        sig = SIGNALS[n % 3]
        proc = start(out, env)
        time.sleep(rng.uniform(0.2, duration * 1.05))
        sent = time.monotonic()
        if proc.poll() is None:
            if sig == signal.SIGINT:
                os.killpg(proc.pid, sig)  # Ctrl-C reaches the whole foreground group
            else:
                os.kill(proc.pid, sig)
        _, err = proc.communicate(timeout=300)
        exited = time.monotonic() - sent
        stats["kills"] += 1
        stats["by_signal"][sig.name] = stats["by_signal"].get(sig.name, 0) + 1
        if proc.returncode == 0:
            stats["finished_before_the_signal"] += 1
        elif sig != signal.SIGKILL:
            assert proc.returncode == 128 + sig, (sig, proc.returncode, err)
            assert "Traceback" not in err and err.strip().splitlines()[-1].startswith("newslens: interrupted"), err
            stats["max_seconds_to_exit_after_int_or_term"] = max(stats["max_seconds_to_exit_after_int_or_term"],
                                                                  round(exited, 1))
        else:
            assert proc.returncode == -signal.SIGKILL
        assert_whole(report, expected)  # the previous report (or the new one), whole
        deadline = time.monotonic() + 30
        while survivors(marker) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not survivors(marker), "a kernel or browser outlived its render"
        stats["max_seconds_until_children_gone"] = max(stats["max_seconds_until_children_gone"],
                                                        round(time.monotonic() - sent, 1))
        stats["leftovers_seen_after_a_kill"] += sum(1 for p in out.iterdir() if p.name.startswith(".")) + \
            sum(1 for _ in systmp.iterdir())

    last = start(out, env)  # the next run cleans what the killed ones left
    _, err = last.communicate(timeout=600)
    assert last.returncode == 0, err
    assert_whole(report, expected)
    assert sorted(p.name for p in out.iterdir()) == [ARTICLE_ID]
    assert list(systmp.iterdir()) == []
    target = os.environ.get("NEWSLENS_FUZZ_STATS")
    if target:
        Path(target, "faults.json").write_text(json.dumps(stats, indent=2) + "\n", "utf-8")
