"""The user's own cache folder ($XDG_CACHE_HOME/modelred-lint, else
~/.cache/modelred-lint): what lives there belongs to the user, never to a repository
being linted. It holds the secret that authenticates findings-cache entries, the
findings cache itself by default, and the hash of this package's own code."""

from __future__ import annotations

import functools
import hashlib
import os
import stat
from pathlib import Path
from typing import Optional

from modelred_lint.safe_read import TooLarge, read_bounded
from modelred_lint.safe_write import temporary_file

SECRET_NAME = "cache-secret"
SECRET_BYTES = 32
_PACKAGE_DIR = Path(__file__).resolve().parent


def folder() -> Optional[Path]:
    """None when there is no home to put it in. A relative XDG_CACHE_HOME is ignored,
    as the XDG specification says: it would put the cache in whatever folder the run
    starts from, which may be the repository."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        try:
            base = str(Path.home() / ".cache")
        except RuntimeError:
            return None
    return Path(base) / "modelred-lint"


def make_private_folder(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)


def secret() -> Optional[bytes]:
    """The key that signs cache entries: random, made once, readable by the user only.
    A key file that others could have read or written is replaced. None when the user
    folder cannot hold one (then the findings cache is off)."""
    home = folder()
    if home is None:
        return None
    path = home / SECRET_NAME
    present = True
    try:
        data, status = read_bounded(path, SECRET_BYTES, follow_links=False)
        ours = not hasattr(os, "geteuid") or status.st_uid == os.geteuid()  # no owners on Windows
        private = ours and not status.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
        if private and len(data) == SECRET_BYTES:
            return data
    except FileNotFoundError:
        present = False
    except (OSError, TooLarge):
        pass
    try:
        make_private_folder(home)
        _write_private(path, os.urandom(SECRET_BYTES), replace=present)
        # Two runs starting together may both have made one: use whichever won.
        data, _ = read_bounded(path, SECRET_BYTES, follow_links=False)
        return data if len(data) == SECRET_BYTES else None
    except (OSError, TooLarge):
        return None


def _write_private(path: Path, data: bytes, replace: bool = True) -> None:
    """Write a file of mode 0600 whole. Without `replace`, a file already there wins
    (created by a run that started at the same time)."""
    with temporary_file(path.parent, f".{path.name}.") as (handle, temp):  # mode 0600
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        if replace:
            os.replace(temp, path)
        else:
            try:
                os.link(temp, path)
            except FileExistsError:
                pass
            os.unlink(temp)


def _package_files() -> list[tuple[str, os.stat_result]]:
    out = []
    stack = [_PACKAGE_DIR]
    while stack:
        here = stack.pop()
        with os.scandir(here) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        stack.append(Path(entry.path))
                elif entry.name.endswith(".py"):
                    out.append((os.path.relpath(entry.path, _PACKAGE_DIR), entry.stat()))
    out.sort()
    return out


@functools.lru_cache(maxsize=None)
def code_fingerprint() -> str:
    """A hash of this package's Python source, so that a cache entry written by other
    code (an upgrade, or an edit in an editable install) is never replayed. Hashing
    the source costs a few milliseconds; the result is kept in the user folder under
    a key made of the files' names, sizes and modification times, so a run usually
    pays only for listing the package."""
    files = _package_files()
    listing = hashlib.sha256()
    for name, status in files:
        listing.update(f"{name}\0{status.st_size}\0{status.st_mtime_ns}\n".encode())
    home = folder()
    memo = home / f"code-{listing.hexdigest()[:32]}" if home is not None else None
    if memo is not None:
        try:
            known = read_bounded(memo, 64, follow_links=False)[0].decode("ascii")
            if len(known) == 64 and all(c in "0123456789abcdef" for c in known):
                return known
        except (OSError, TooLarge, UnicodeDecodeError):
            pass
    digest = hashlib.sha256()
    for name, _ in files:
        digest.update(name.encode() + b"\0")
        digest.update((_PACKAGE_DIR / name).read_bytes())
    value = digest.hexdigest()
    if memo is not None:
        try:
            make_private_folder(memo.parent)
            _write_private(memo, value.encode("ascii"))
            _prune_memos(memo.parent)
        except OSError:
            pass  # a read-only home: hash again next time
    return value


MAX_CODE_MEMOS = 16  # a few installs side by side; an editable one makes a memo per edit


def _prune_memos(home: Path) -> None:
    memos = []
    for path in home.glob("code-*"):
        try:
            memos.append((path.stat().st_mtime, path))
        except OSError:
            pass
    for _, path in sorted(memos)[:-MAX_CODE_MEMOS]:
        try:
            path.unlink()
        except OSError:
            pass
