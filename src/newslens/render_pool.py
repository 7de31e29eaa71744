"""Render many articles on every core: a worker process per core, each keeping its own kernel and its
own Chromium open from one article to the next.

The parent hands a worker an article whenever its kernel is free and collects what it reports (while
the browser prints one article's PDF, the kernel already runs the next article's notebook), so one article
that fails (bad input, a failing cell, a crashed kernel or browser, even a worker that dies) is
reported as failed and the others still render; a dead kernel or browser is started again for the
next article (a kernel manager that cannot restart is replaced by a new one), a dead worker is replaced. Between two articles the kernel is reset (its namespace
cleared, figures closed, execution count back to 1), so a report is what a fresh kernel makes: the
same HTML and PDF as rendering the articles one at a time. Every worker writes through ``render``:
its own locked workspace under OUT, atomic folder swaps, nothing half-written.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import traceback
from dataclasses import dataclass
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence

from .corpus import default_jobs  # one worker per core, as for corpus extraction
from .loader import InputError
from .report import FORMATS, Rendered, RenderError

# run in the kernel between two articles, silently and out of its history: a fresh kernel's state
# (its namespace, output history and figures cleared, the count back to 1); IPython's reset ends with
# full garbage collections (0.2–0.4 s in a kernel holding pandas and matplotlib), left to the
# collector's own schedule here
RESET = """\
def __nl_reset():
    import gc
    import matplotlib.pyplot as plt
    collect, gc.collect = gc.collect, lambda *args, **kw: 0
    try:
        get_ipython().reset(new_session=True)  # count back to 1; this function's own name goes too
    finally:
        gc.collect = collect
    plt.close("all")
__nl_reset()
"""


@dataclass(frozen=True)
class Outcome:
    index: int
    path: str
    rendered: Optional[Rendered] = None
    error: Optional[str] = None


def reset_kernel(km, timeout: float = 60) -> None:
    """Clear what the last notebook left in the kernel (a dead or stuck kernel is restarted instead).

    Only the shell channel is used (the reply is all that is needed): no iopub flush, which costs
    a ready-check 0.2 s at least.
    """
    if not km.is_alive():
        km.restart_kernel(now=True)
        return
    kc = km.client()
    kc.start_channels(iopub=False, stdin=False, hb=False)
    try:
        msg_id = kc.execute(RESET, silent=True, store_history=False)
        while True:
            reply = kc.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                break
        if reply["content"].get("status") != "ok":
            raise RuntimeError(reply["content"].get("evalue", "reset failed"))
    except Exception:  # a kernel that cannot reset (or does not answer) is replaced
        km.restart_kernel(now=True)
    finally:
        kc.stop_channels()


def usable(km) -> bool:
    """The kernel runs and its manager can still talk to it (see :func:`ready_kernel`)."""
    context = getattr(km, "context", None)
    return (context is None or not context.closed) and km.is_alive()


def ready_kernel(km, workdir: Path, fresh: bool = False):
    """``km`` ready for the next article (reset unless ``fresh``), or a new kernel in its place.

    A kernel that died (at start-up, or mid-notebook) cannot serve again: the notebook client shuts it
    down and jupyter_client then destroys the manager's ZMQ context, so a restart of that manager
    fails ("Operation not supported") for every later article. Such a manager, or one whose reset did
    not keep the kernel alive, is replaced by a new one (new ports) in the same workspace."""
    from .report import start_kernel, stop_kernel

    if usable(km):
        if not fresh:
            reset_kernel(km)
        if km.is_alive():
            return km
    stop_kernel(km)
    return start_kernel(workdir=workdir)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt(signum)


def _advance(index: int, path: str, stages) -> Optional[Outcome]:
    """Run an article's render to its next stage: None while its PDF prints, else its Outcome."""
    try:
        next(stages)
        return None
    except StopIteration as done:
        return Outcome(index, path, rendered=done.value)
    except Exception as exc:  # noqa: BLE001  (bad input, a failing cell, a kernel that died mid-notebook …)
        return _failed(index, path, exc)


def _failed(index: int, path: str, exc: Exception) -> Outcome:
    """The Outcome of an article that failed with ``exc``: the user's one line."""
    if isinstance(exc, (InputError, RenderError)):
        return Outcome(index, path, error=str(exc).removeprefix(f"{path}: "))
    first = (str(exc).strip().splitlines() or [""])[0][:200]  # a dead kernel, a broken pipe …
    if os.environ.get("NEWSLENS_DEBUG"):
        traceback.print_exc()
    return Outcome(index, path, error=f"internal error: {exc.__class__.__name__}: {first}")


def _worker(conn, out: str, formats: tuple[str, ...], focus) -> None:
    """One worker: a workspace, a kernel and (for PDFs) a browser, then articles until told to stop.

    Two articles overlap in a worker: while the browser prints one article's PDF, the kernel runs the
    next article's notebook (the stages of :func:`report.render_stages`). The worker asks the parent
    for an article (``want``) whenever its kernel is free and reports each article when it is
    complete (``done``); the parent answers a ``want`` with an article, or with ``False`` when there
    is none left (then the PDF being printed is finished and reported), and stops it with ``None``.
    """
    from . import files as fs
    from .report import Browser, render_stages, start_kernel, stop_kernel

    signal.signal(signal.SIGTERM, _interrupt)  # terminated: close the kernel, browser and workspace first
    try:  # Linux: a parent killed outright (SIGKILL) terminates its workers too
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    km = browser = None
    printing: Optional[tuple[int, str, object]] = None  # the article whose PDF the browser is printing

    def finish_printing() -> None:
        nonlocal printing
        if printing is not None:
            index, path, stages = printing
            printing = None
            conn.send(("done", _advance(index, path, stages) or
                       Outcome(index, path, error="internal error: the render did not finish")))

    try:
        with fs.workspace(Path(out)) as ws:
            try:
                km = start_kernel(workdir=ws)
                browser = Browser() if "pdf" in formats else None
                conn.send(("want", None))
                fresh = True
                while True:
                    task = conn.recv()
                    if task is None:
                        break
                    if task is False:  # nothing left to render: finish the PDF being printed
                        finish_printing()
                        continue
                    index, path = task
                    for attempt in (1, 2):
                        try:
                            km = ready_kernel(km, ws, fresh=fresh)
                        except Exception as exc:  # noqa: BLE001  (no kernel could be had: this article fails)
                            outcome = _failed(index, path, exc)
                            break
                        fresh = False
                        stages = render_stages(path, out, formats=formats, focus=focus, km=km, workdir=ws,
                                               browser=browser)
                        outcome = _advance(index, path, stages)  # the notebook and the HTML, while the last PDF prints
                        if outcome is None or outcome.error is None or attempt == 2 or usable(km):
                            break
                        # the kernel died under this article (at start-up, or a crash): once more on a new one
                    finish_printing()
                    if outcome is None:
                        printing = (index, path, stages)
                    else:
                        conn.send(("done", outcome))
                    conn.send(("want", None))
                finish_printing()
            finally:
                if browser is not None:
                    browser.close()
                if km is not None:
                    stop_kernel(km)
    except KeyboardInterrupt:
        pass
    except Exception as exc:  # the worker cannot start (no kernel, unwritable OUT): say why, once
        try:
            conn.send(("broken", f"{exc}".splitlines()[0] if str(exc) else exc.__class__.__name__))
        except Exception:
            pass
    finally:
        conn.close()


class _Slot:
    """One worker process, its pipe and the article it is rendering."""

    def __init__(self, ctx, out: Path, formats, focus) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child, str(out), tuple(formats), focus),
                                name="newslens-render", daemon=True)
        self.proc.start()
        child.close()
        self.tasks: dict[int, str] = {}  # the articles given and not yet reported (two while a PDF prints)
        self.ready = False

    def give(self, task) -> None:
        self.tasks[task[0]] = task[1]
        self.conn.send(task)

    def stop(self, timeout: float = 30) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(timeout)
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(10)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def render_parallel(paths: Sequence[Path], out: Path, *, formats: Sequence[str] = FORMATS, focus=(None, None),
                    jobs: Optional[int] = None, on_done: Optional[Callable[[Outcome], None]] = None) -> list[Outcome]:
    """Render every article with ``jobs`` workers (default: one per core); the outcomes in input order.

    ``on_done(outcome)`` is called in this process as each article finishes (a progress bar).
    Raises RenderError when no worker can start at all (the first worker's reason).
    """
    Path(out).mkdir(parents=True, exist_ok=True)
    todo: Iterator[tuple[int, str]] = iter(enumerate(str(p) for p in paths))
    jobs = max(1, min(jobs or default_jobs(), len(paths)))
    ctx = multiprocessing.get_context("spawn")  # a clean interpreter each: no threads or state inherited
    slots = [_Slot(ctx, out, formats, focus) for _ in range(jobs)]
    outcomes: dict[int, Outcome] = {}
    broken: list[str] = []

    def finish(o: Outcome) -> None:
        outcomes[o.index] = o
        if on_done:
            on_done(o)

    def feed(slot: _Slot) -> None:
        nxt = next(todo, None)
        if nxt is None:
            try:
                slot.conn.send(False)  # none left: the worker finishes what it has
            except (OSError, ValueError):  # it died meanwhile: its sentinel says so
                pass
        else:
            slot.give(nxt)

    try:
        while len(outcomes) < len(paths):
            live = [s for s in slots if s.proc is not None]
            if not live:
                break
            ready = wait([s.conn for s in live] + [s.proc.sentinel for s in live])
            for slot in live:
                msg = None
                if slot.conn in ready:
                    try:
                        msg = slot.conn.recv()
                    except (EOFError, OSError):
                        msg = None
                if msg is not None:
                    kind, payload = msg
                    if kind == "want":
                        slot.ready = True
                        feed(slot)
                    elif kind == "done":
                        slot.tasks.pop(payload.index, None)
                        finish(payload)
                    elif kind == "broken":
                        broken.append(payload)
                    continue
                if slot.proc.sentinel in ready or not slot.proc.is_alive():
                    slot.proc.join(5)
                    code = slot.proc.exitcode
                    for index, path in slot.tasks.items():  # the worker died with articles: they failed
                        finish(Outcome(index, path, error=f"the render process died (exit code {code})"))
                    slot.tasks = {}
                    slot.conn.close()
                    i = slots.index(slot)
                    if slot.ready and len(outcomes) < len(paths):
                        slots[i] = _Slot(ctx, out, formats, focus)  # a replacement keeps the pool full
                    else:
                        slot.proc = None
                        slots[i] = slot
        if len(outcomes) < len(paths) and broken:
            raise RenderError(f"cannot start a render worker: {broken[0]}")
    except BaseException:  # interrupted (or failed): the workers stop now, cleaning up as they go
        for slot in slots:
            if slot.proc is not None and slot.proc.is_alive():
                slot.proc.terminate()
        raise
    finally:
        for slot in slots:
            if slot.proc is not None:
                slot.stop()
    left = [Outcome(i, str(p), error="not rendered (no render worker left)") for i, p in enumerate(paths)
            if i not in outcomes]
    return sorted([*outcomes.values(), *left], key=lambda o: o.index)

