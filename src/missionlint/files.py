"""Writing a file so that readers see the old one or the new one, never half of either."""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Callable
from typing import IO


def write_atomically(
    path: str,
    write: Callable[[IO[bytes]], object],
    replace: bool = True,
    mode: int | None = None,
    before_replace: Callable[[], object] | None = None,
    durable: bool = True,
) -> None:
    """Write `path` through `write(out)`: a temporary file in the same folder, flushed to
    disk (unless not `durable`: a cache only costs speed when lost), given `mode` or the
    permissions a new file gets, then renamed into place. Without `replace` an existing
    file is never overwritten, not even one made meanwhile (FileExistsError).
    `before_replace()` runs last before the rename and may raise to stop it (--fix checks
    there that the file did not change). The temporary file never stays behind. OSErrors
    are the caller's to word."""
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(path)), prefix=".missionlint-")
    try:
        with os.fdopen(handle, "wb") as out:
            write(out)
            if durable:
                out.flush()
                os.fsync(out.fileno())
        os.chmod(temporary, 0o666 & ~_umask() if mode is None else mode)
        if before_replace is not None:
            before_replace()
        if replace:
            os.replace(temporary, path)
        else:
            _link(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def _link(temporary: str, path: str) -> None:
    """Put the file in place only if nothing is there (a hard link fails if the name
    exists); where the file system has no hard links, check and rename."""
    try:
        os.link(temporary, path)
    except FileExistsError:
        raise
    except OSError:
        if os.path.exists(path):
            raise FileExistsError(path) from None
        os.replace(temporary, path)


@functools.cache
def _umask() -> int:
    """The process's umask, read once: reading it means setting it, which is not thread-safe."""
    mask = os.umask(0)
    os.umask(mask)
    return mask
