"""Readers and writers of one on-disk store, in separate processes.

RocksDB lets one process open a store for writing (it holds the folder's
LOCK) and any number open it read-only; but a read-only view opened while the
writer changes files may see them half-written. So every write to an on-disk
store (a batch of documents, each whole) happens under an exclusive lock on
``<store>.rw``, and a read-only store holds a shared lock on it from open to
close: readers never wait for each other, and wait for a writer only while it
writes one batch (about a second's worth of documents), never for a whole build.

Uses ``fcntl.flock`` (POSIX); where it is missing the locks do nothing.
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

try:
    import fcntl
except ImportError:          # Windows: no advisory locks here
    fcntl = None


def gate_path(store_path: str | os.PathLike) -> Path:
    return Path(str(store_path) + ".rw")


class SharedLock:
    """A shared lock on a store's gate, held until :meth:`release`."""

    def __init__(self, store_path: str | os.PathLike):
        self._fd = _open(store_path)
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_SH)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)          # closing the descriptor drops the lock
            self._fd = None


@contextlib.contextmanager
def exclusive(store_path: str | os.PathLike):
    """Hold the store's gate exclusively for the block (waits for readers that hold it)."""
    fd = _open(store_path)
    if fd is None:
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _open(store_path) -> int | None:
    if fcntl is None:
        return None
    path = gate_path(store_path)
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:
        return os.open(path, os.O_RDONLY)   # a store someone else owns: reading is enough to lock
