"""Writing a fixed file back: atomically, in the linted tree only, as the same file.

The new text goes to a temporary file beside the real one, is flushed to disk, then
renamed over it, so a kill at any moment leaves the old file or the new one, never
half of either. Around that:

- A symbolic link stays a link: its target is rewritten, and only when the target's
  real path lies inside the linted folder (a link in a pull request must not make
  `--fix` write elsewhere on the machine).
- A file with more than one hard link is not rewritten: a rename would split the
  names into two files (the others keeping the key), and writing through the inode
  in place is not atomic and changes names that may lie outside the linted folder,
  which nothing can list. The user is told; `--diff` shows the fix.
- Mode, owner and group are kept; where the process may not give the new file the
  old owner, the file is not written rather than silently handed to another user.
- A file that changed after it was read (an editor saved it while `--fix` ran) is
  not written: the fix was computed from text that is no longer there.
"""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from modelred_lint.safe_read import TooLarge, read_bounded


class WriteRefused(Exception):
    """Why a fixed file was left as it was (the message is safe to print)."""


def _same_file(now: os.stat_result, then: os.stat_result) -> bool:
    return (now.st_dev, now.st_ino, now.st_size, now.st_mtime_ns) == (
        then.st_dev,
        then.st_ino,
        then.st_size,
        then.st_mtime_ns,
    )


def _check_unchanged(real: Path, original: bytes, read_status: Optional[os.stat_result]) -> os.stat_result:
    """The file's status now, if it still holds what was read; else WriteRefused.
    Bytes are compared too: a save within the clock's granularity keeps the mtime."""
    changed = WriteRefused("changed while --fix ran; not written (run again)")
    try:
        now, status = read_bounded(real, len(original))
    except TooLarge:
        raise changed from None
    if now != original or (read_status is not None and not _same_file(status, read_status)):
        raise changed
    return status


def _target(path: Path, tree: Optional[Path]) -> Path:
    """The file to write: the path itself, or the end of its chain of links when that
    lies in the linted folder."""
    real = Path(os.path.realpath(path))
    if tree is not None and not real.is_relative_to(Path(os.path.realpath(tree))):
        raise WriteRefused("not fixed: its real path (through a symbolic link) lies outside the linted folder")
    return real


def write_atomically(
    path: Path,
    data: bytes,
    original: Optional[bytes] = None,
    read_status: Optional[os.stat_result] = None,
    tree: Optional[Path] = None,
) -> None:
    """Replace the file at `path` by `data`. With `original` (the bytes the fix was
    computed from), refuse when the file no longer holds them; with `tree`, refuse
    when the file's real path is outside it. Raises WriteRefused or OSError."""
    real = _target(path, tree)
    status = os.stat(real)
    if not stat.S_ISREG(status.st_mode):
        raise WriteRefused("not fixed: not a regular file")
    if status.st_nlink > 1:
        raise WriteRefused(
            f"not fixed: the file has {status.st_nlink} hard links, which a rewrite would split "
            "(use --diff and apply the fix by hand)"
        )
    if original is not None:
        status = _check_unchanged(real, original, read_status)
    with temporary_file(real.parent, f".{real.name}.", ".tmp") as (handle, temp):
        try:
            _keep_owner(handle, status)
            os.chmod(temp, stat.S_IMODE(status.st_mode))  # after chown, which may clear set-id bits
            with os.fdopen(handle, "wb", closefd=False) as out:
                out.write(data)
            os.fsync(handle)  # the data is on disk before the name points at it
        finally:
            os.close(handle)
        if original is not None:
            # Last look right before the rename: an edit saved during the fix wins.
            _check_unchanged(real, original, read_status)
        os.replace(temp, real)
    _sync_folder(real.parent)


@contextmanager
def temporary_file(folder: Path, prefix: str, suffix: str = "") -> Iterator[tuple[int, str]]:
    """A new file (mode 0600) in `folder` to be renamed over another: its handle and
    name, and the file removed if the block fails (a rename that happened leaves it)."""
    handle, temp = tempfile.mkstemp(dir=folder, prefix=prefix, suffix=suffix)
    try:
        yield handle, temp
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def _keep_owner(handle: int, status: os.stat_result) -> None:
    if not hasattr(os, "fchown"):
        return  # Windows: no POSIX owner to keep
    new = os.fstat(handle)
    if (new.st_uid, new.st_gid) == (status.st_uid, status.st_gid):
        return  # the usual case: our own file (or a set-group-id folder's group)
    try:
        os.fchown(handle, status.st_uid, status.st_gid)
    except PermissionError:
        raise WriteRefused("not fixed: the new file could not keep the file's owner and group") from None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every file system lets a folder be synced."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
