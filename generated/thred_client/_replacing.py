# Copied from overlays/thred_client/_replacing.py by tools/codegen.py: edit that file, never this copy.
"""A file written beside its destination and put in its place only once it is complete.

An export that fails or is interrupted part-way (the database gone, Ctrl-C, a full disk) then leaves
the file that was there before, or none, never a file cut short that a script would take for a
whole one. Not a library's: the standard library's `tempfile` and `os.replace` do the work, and the
few decisions (the mode, a link, a device) are the command's own.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

__all__ = ["replacing"]


@contextlib.contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """A text file (UTF-8, newlines as written) that becomes `path` when the block ends without an
    error; on an error, or an interruption, it is deleted and `path` is left as it was.

    The file gets the mode `path` has, or, new, the mode `open` would give it (0666 less the umask).
    A link is followed: the file it points to is replaced, the link stays. A path that is no regular
    file (a terminal, a pipe, /dev/stdout) is written in place, as it cannot be replaced. OSError if
    the file cannot be made (a folder that does not exist, or that the process may not write in)."""
    target = Path(os.path.realpath(path))
    try:
        existing: os.stat_result | None = target.stat()
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        with open(target, "w", encoding="utf-8", newline="") as out:
            yield out
        return
    if existing is not None and not os.access(target, os.W_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))  # as `open` would
    descriptor, partial = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())  # on disk before it takes the old file's place
        os.chmod(partial, stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask())
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)
        raise


def _umask() -> int:
    # Read by setting it: the process's umask has no getter (a command runs one export at a time).
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
