"""Safe writes under an output folder: atomic files, locked workspaces, atomic folder swaps.

Every temporary file or folder the program makes under ``--out`` is named ``.newslens-tmp-…`` and
holds an ``flock`` for as long as its owner lives. The lock dies with the process (SIGKILL
included), so :func:`clean_stale` can tell leftovers from work in progress and remove them at the
next run. Modes follow the umask (files 0666, folders 0777 less the umask), as ``open`` and
``mkdir`` would give, not the private 0600/0700 of ``mkstemp``/``mkdtemp``.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

TMP_PREFIX = ".newslens-tmp-"
LOCK_NAME = "lock"
_GRACE = 2.0  # seconds an unlocked temp entry is left alone (its owner is between create and lock)
SYSTEM_TMP = tempfile.gettempdir()  # read before any workspace changes TMPDIR
_SHORT = 40  # Chromium's socket path (< 108 bytes) lives in its TMPDIR: the browser's must be short


def umask() -> int:
    """The process umask, read without changing it where Linux allows."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode() -> int:
    return 0o666 & ~umask()


def dir_mode() -> int:
    return 0o777 & ~umask()


def atomic_write(path: Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` through a locked temporary file beside it and a rename."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f"{TMP_PREFIX}{path.name[:60]}.", dir=path.parent)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # a cleaner in another process leaves a locked file alone
        os.fchmod(fd, file_mode())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    return path


def _try_lock(path: Path) -> int | None:
    """An fd holding ``path``'s exclusive lock, or None when another process holds it or it is gone."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def clean_stale(root: Path) -> int:
    """Remove the temporary entries under ``root`` whose owner is gone; return how many."""
    removed = 0
    try:
        entries = list(os.scandir(root))
    except OSError:
        return 0
    now = time.time()
    for entry in entries:
        if not entry.name.startswith(TMP_PREFIX):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            age = now - entry.stat(follow_symlinks=False).st_mtime
        except OSError:
            continue
        lock = path / LOCK_NAME if is_dir else path
        if is_dir and not os.path.lexists(lock):
            if age > _GRACE:  # killed before it took its lock
                shutil.rmtree(path, ignore_errors=True)
                removed += not path.exists()
            continue
        fd = _try_lock(lock)
        if fd is None:
            continue  # in use
        try:
            if is_dir:
                shutil.rmtree(path, ignore_errors=True)
            else:
                os.unlink(path)
            removed += not os.path.lexists(path)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


@contextmanager
def workspace(root: Path) -> Iterator[Path]:
    """A private, locked folder ``root/.newslens-tmp-XXXX/`` for one run's temporary files.

    Subprocesses started inside (kernel, browser) get it as their TMPDIR, so their own
    temporary files (browser profile, playwright artifacts) live and die with it.
    """
    path = Path(tempfile.mkdtemp(prefix=TMP_PREFIX, dir=root))
    fd = -1
    try:
        fd = os.open(path / ".lock-new", os.O_CREAT | os.O_RDWR | os.O_CLOEXEC, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX)
        os.rename(path / ".lock-new", path / LOCK_NAME)  # visible only once held
        os.chmod(path, dir_mode())
        old_tmpdir = os.environ.get("TMPDIR")
        os.environ["TMPDIR"] = str(path.resolve())
        try:
            yield path
        finally:
            if old_tmpdir is None:
                os.environ.pop("TMPDIR", None)
            else:
                os.environ["TMPDIR"] = old_tmpdir
    finally:
        shutil.rmtree(path, ignore_errors=True)
        if fd >= 0:
            os.close(fd)


@contextmanager
def browser_tmpdir() -> Iterator[Path]:
    """A short, locked temp folder for the browser (TMPDIR while it runs): in the system temp
    folder, or /tmp when that path is too long for Chromium's sockets; stale ones are removed first."""
    base = browser_base()
    clean_stale(base)
    with workspace(base) as path:
        yield path


def browser_base() -> Path:
    """Where the browser's temp folders go (their stale ones are cleaned at every run's start)."""
    return Path(SYSTEM_TMP if len(SYSTEM_TMP) <= _SHORT or not os.path.isdir("/tmp") else "/tmp")


def make_dir(parent: Path, prefix: str = "work-") -> Path:
    """A new folder with the umask's normal mode (what ``mkdir`` gives), named uniquely."""
    path = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    os.chmod(path, dir_mode())
    return path


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP):
        return False
    raise OSError(err, os.strerror(err), str(b))


class NotAReport(Exception):
    """The destination exists and is not a folder (a file or a symbolic link): left untouched."""


def replace_dir(new: Path, final: Path, trash: Path) -> None:
    """Put the complete folder ``new`` at ``final``; a previous ``final`` ends up under ``trash``.

    Concurrent newslens processes take turns (a lock on the parent folder); where the system
    allows, the swap is one atomic exchange, so ``final`` is at every moment either the whole
    old report or the whole new one.
    """
    root = final.parent
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        if os.path.islink(final) or (os.path.lexists(final) and not final.is_dir()):
            raise NotAReport(str(final))
        if not os.path.lexists(final):
            os.rename(new, final)
            return
        if _exchange(new, final):
            old = new
        else:
            old = Path(tempfile.mkdtemp(prefix="old-", dir=trash)) / "report"
            os.rename(final, old)
            os.rename(new, final)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        os.close(fd)
