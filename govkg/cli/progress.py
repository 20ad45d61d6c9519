r"""Progress lines for long commands whose stderr is not a terminal (a log, a CI job, a notebook).

On a terminal the commands draw rich progress bars, which redraw in place and
print nothing into a log. :class:`Heartbeat` is their plain-text twin: one
line on stderr at most every ``interval`` seconds as work advances, and one
every ``interval`` seconds while it does not (a long document, a slow
server), so a log never goes quiet for longer than that. The interval is
``$GOVKG_PROGRESS_INTERVAL`` seconds (default 5).

>>> import io, re
>>> out = io.StringIO()
>>> with Heartbeat("building", total=2, stream=out, enabled=True, interval=0) as beat:
...     beat.update(1, "a.txt")
...     beat.update(2, "b.txt")
>>> print(re.sub(r"\d+\.\d s", "T s", out.getvalue()), end="")
building: 1/2 (a.txt), T s
building: 2/2 (b.txt), T s
building: done, 2/2 in T s
"""
from __future__ import annotations

import os
import sys
import threading
import time

DEFAULT_INTERVAL = 5.0


def interval_from_env() -> float:
    try:
        return max(0.0, float(os.environ.get("GOVKG_PROGRESS_INTERVAL", DEFAULT_INTERVAL)))
    except ValueError:
        return DEFAULT_INTERVAL


class Heartbeat:
    """Plain progress lines on ``stream`` (stderr); does nothing when ``enabled`` is False.

    ``enabled`` defaults to "``stream`` is not a terminal". Use as a context
    manager; call :meth:`update` as work advances.
    """

    def __init__(self, what: str, total: int | None = None, stream=None, enabled: bool | None = None,
                 interval: float | None = None):
        self.what, self.total = what, total
        self.stream = stream or sys.stderr
        self.enabled = (not _is_terminal(self.stream)) if enabled is None else enabled
        self.interval = interval_from_env() if interval is None else interval
        self.done, self.current = 0, ""
        self._start = self._last = time.monotonic()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> "Heartbeat":
        self._start = self._last = time.monotonic()
        if self.enabled and self.interval > 0:
            self._thread = threading.Thread(target=self._beat, name="govkg-heartbeat", daemon=True)
            self._thread.start()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        if exc_type is None:
            self._line(f"done, {self._count()} in {self._elapsed()}".replace("done,  in", "done in"))

    def update(self, done: int | None = None, current: str | None = None) -> None:
        """Record progress; print a line if none was printed for ``interval`` seconds."""
        with self._lock:
            self.done = self.done + 1 if done is None else done
            if current is not None:
                self.current = current
            due = time.monotonic() - self._last >= self.interval
        if due:
            self._line(self._status())

    def _beat(self) -> None:
        while not self._stop.wait(min(self.interval, 1.0)):
            if time.monotonic() - self._last >= self.interval:
                self._line(self._status() + " …")

    def _status(self) -> str:
        count = self._count()
        current = (f" ({self.current})" if count else self.current) if self.current else ""
        return ", ".join(x for x in (count + current, self._elapsed()) if x)

    def _count(self) -> str:
        if self.total is None:
            return str(self.done) if self.done else ""     # a task without steps: time only
        return f"{self.done}/{self.total}"

    def _elapsed(self) -> str:
        return f"{time.monotonic() - self._start:.1f} s"

    def _line(self, text: str) -> None:
        if not self.enabled:
            return
        with self._lock:
            self._last = time.monotonic()
            print(f"{self.what}: {text}", file=self.stream, flush=True)


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
