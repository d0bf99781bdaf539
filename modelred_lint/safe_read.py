"""Reading a file whose size, kind and content nobody vouches for: a linted file, a
cache entry. Opened without blocking (a FIFO would wait forever for a writer), its
kind and size taken from the open descriptor before anything is read (a 2 GB sparse
file or /dev/zero is never read whole), and never more than the limit read even if
the file grows meanwhile."""

from __future__ import annotations

import os
import stat
from pathlib import Path

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


class NotRegular(OSError):
    """A pipe, socket or device where a file was expected."""

    def __init__(self) -> None:
        super().__init__(0, "not a regular file")


def read_bounded(path: Path, limit: int, follow_links: bool = True) -> tuple[bytes, os.stat_result]:
    """The bytes of a regular file of at most `limit` bytes, and its status as it was
    when opened (for telling later whether it changed). Raises OSError (NotRegular
    for anything but a regular file; ELOOP for a link when `follow_links` is off)
    or TooLarge."""
    flags = os.O_RDONLY | _NONBLOCK | _CLOEXEC | (0 if follow_links else _NOFOLLOW)
    fd = os.open(path, flags)
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise NotRegular()
        if status.st_size > limit:
            raise TooLarge(status.st_size)
        chunks, total = [], 0
        while True:
            # One byte over the limit tells a file that grew past it since fstat.
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise TooLarge(total)
        return b"".join(chunks), status
    finally:
        os.close(fd)
