"""Whole-process timings: each command run as its own process, A and B in turn (A B A B …) after a
warm-up, the kernel's own accounting of each finished run (wall, user+sys CPU of the process and of
the children it waited for), medians, and the ratio A/B taken pair by pair, so a comparison holds
when a shared machine's speed drifts between runs.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import time
from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence


@dataclass
class Runs:
    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    codes: list[int] = field(default_factory=list)

    @property
    def median_wall(self) -> float:
        return statistics.median(self.wall)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu)

    @property
    def cores(self) -> float:
        """Median of CPU seconds / wall seconds per run: how many cores the run kept busy."""
        return statistics.median(c / w for c, w in zip(self.cpu, self.wall))


def machine_busy() -> Optional[tuple[float, float]]:
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat (None where there is none).

    The kernel's accounting of a finished run misses the processes it never reaps (a browser's
    helpers that outlive their parent are reparented to init); the machine's own counters miss
    nothing, but count other tenants too: read them with the load average next to them."""
    try:
        with open("/proc/stat") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    hz = os.sysconf("SC_CLK_TCK")
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    total = sum(fields[:8])  # user nice system idle iowait irq softirq steal (guest is inside user)
    return (total - idle) / hz, total / hz


def run_once(cmd: Sequence[str], setup: Optional[Callable[[], None]] = None, env=None) -> tuple[float, float, int]:
    """(wall s, CPU s of the process tree it reaped, exit code); output discarded."""
    if setup:
        setup()
    t = time.perf_counter()
    proc = subprocess.Popen(list(cmd), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, proc.returncode


def paired(a: Sequence[str], b: Optional[Sequence[str]], *, runs: int = 5, warmup: int = 1,
           setup: Optional[Callable[[], None]] = None, env=None) -> tuple[Runs, Optional[Runs], list[float]]:
    """Run A and B in turn ``warmup`` times uncounted, then ``runs`` counted pairs.

    Returns A's runs, B's runs and the pair-by-pair wall ratios A/B.
    """
    ra, rb = Runs(), (Runs() if b else None)
    for i in range(warmup + runs):
        for cmd, into in ((a, ra), (b, rb)):
            if not cmd:
                continue
            wall, cpu, code = run_once(cmd, setup, env)
            if i >= warmup:
                into.wall.append(wall)
                into.cpu.append(cpu)
                into.codes.append(code)
    ratios = [x / y for x, y in zip(ra.wall, rb.wall)] if rb else []
    return ra, rb, ratios


def spread(xs: Sequence[float]) -> str:
    return f"{statistics.median(xs):.2f} ({min(xs):.2f}–{max(xs):.2f})"
