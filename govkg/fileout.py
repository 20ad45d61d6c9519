"""Writing output files whole or not at all.

Every file govkg writes where the user asked (exports, the view) goes first
to a temporary file beside it, which is renamed over the target only once it
is complete: a full disk or a crash leaves the old file (or none), never a
truncated one. A target that exists and is not a regular file (``/dev/stdout``,
a FIFO) is written directly: renaming over it would replace the device.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> with atomic_path(out) as tmp:
...     _ = tmp.write_text("whole")
>>> out.read_text(), [p.name for p in out.parent.iterdir()]
('whole', ['a.txt'])
"""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import Iterator


class OutputError(OSError):
    """An output file could not be written; ``str()`` is one line naming it and why."""

    def __init__(self, path, err: OSError):
        super().__init__(err.errno, err.strerror)
        self.path = str(path)
        self.reason = (err.strerror or str(err) or type(err).__name__).lower()

    def __str__(self) -> str:
        return f"cannot write {self.path}: {self.reason}"


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path to write; it replaces ``path`` when the block ends without error.

    Any OSError (no space left, permission denied) comes out as :class:`OutputError`,
    and the temporary file is removed.
    """
    out = Path(path)
    try:
        direct = out.exists() and not stat.S_ISREG(out.stat().st_mode)
        if not direct:
            out.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
            os.close(fd)
    except OSError as err:
        raise OutputError(out, err) from None
    if direct:              # a device or FIFO: nothing to rename
        try:
            yield out
        except OutputError:
            raise
        except OSError as err:
            raise OutputError(out, err) from None
        return
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:       # the data is on disk before the name points at it
            os.fsync(fh.fileno())
        if out.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, stat.S_IMODE(out.stat().st_mode))
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, out)
    except OutputError:
        tmp.unlink(missing_ok=True)
        raise
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise OutputError(out, err) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
