"""A content-addressed cache of findings, that a repository cannot forge.

An entry's key is a hash of the tool's version and code, the run's effective
configuration (enabled rules, options, the catalogue's own text, the prefilter on or
off), the file's per-file ignores and the file's bytes: any change to one of them is a
miss. An entry holds the findings as they are reported (messages already redacted,
never the source) without their path, so a file moved or copied hits too.

Anyone can compute a key, so a key alone proves nothing: a pull request could commit
an entry holding `[]` for a file with a leaked key. Hence:
- by default the cache lives in the user's cache folder, one folder per project root,
  not in the tree;
- every entry carries an HMAC of its key and content made with a secret that lives in
  the user's cache folder (mode 0600), so an entry not written by this user's runs is a
  miss wherever the cache lives (`--cache-dir` may point into the tree);
- a cache folder that holds files git tracks is not used at all;
- what is read is checked: a regular file (no link, FIFO or device) of bounded size,
  with the expected shape, known rule IDs and integer positions; anything else is a miss.

Entries are written to a temporary file and renamed, so that concurrent runs cannot
leave half an entry; old entries are pruned when there are too many."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import asdict
from pathlib import Path
from typing import Iterable, Optional

from modelred_lint import __version__
from modelred_lint.findings import Edit, Finding, Fix, Related
from modelred_lint.safe_read import TooLarge, read_bounded
from modelred_lint.safe_write import temporary_file

FORMAT = "v2"
MAX_ENTRIES = 50_000
MAX_ENTRY_BYTES = 8 * 1024 * 1024  # far above what a 4 MB file's findings take
CACHE_DIR_NAME = ".modelred_lint_cache"
_MAGIC = b"modelred-lint cache " + FORMAT.encode() + b" "
_MAX_POSITION = 1 << 31


def plan_fingerprint(plan, options: Optional[dict] = None) -> str:
    from modelred_lint.user_cache import code_fingerprint

    digest = hashlib.sha256()
    digest.update(f"{__version__}\0{FORMAT}\0{code_fingerprint()}\0".encode())
    digest.update(json.dumps(sorted(plan.enabled)).encode())
    digest.update(json.dumps(plan.options if options is None else options, sort_keys=True, default=str).encode())
    digest.update(str(plan.max_file_size).encode())
    digest.update(b"prefilter" if plan.use_prefilter else b"no-prefilter")
    digest.update(plan.catalogue.fingerprint.encode())
    return digest.hexdigest()


def default_folder(project_root: Path) -> Optional[Path]:
    """The project's cache in the user's cache folder (None without a home)."""
    from modelred_lint.user_cache import folder

    base = folder()
    if base is None:
        return None
    name = hashlib.sha256(os.fsencode(project_root.resolve())).hexdigest()[:24]
    return base / "findings" / name


def _finding_to_json(f: Finding) -> dict:
    data = asdict(f)
    del data["path"]
    return data


def _position(value) -> int:
    if type(value) is not int or not 0 <= value < _MAX_POSITION:  # bool is not a position
        raise ValueError("bad position")
    return value


def _text(value) -> str:
    if type(value) is not str:
        raise ValueError("bad text")
    return value


def _fix_from_json(data) -> Optional[Fix]:
    if data is None:
        return None
    if type(data) is not dict or data.get("applicability") not in ("safe", "unsafe") or type(data.get("edits")) is not list:
        raise ValueError("bad fix")
    edits = []
    for edit in data["edits"]:
        if type(edit) is not dict:
            raise ValueError("bad edit")
        edits.append(
            Edit(
                _position(edit.get("start_line")),
                _position(edit.get("start_col")),
                _position(edit.get("end_line")),
                _position(edit.get("end_col")),
                _text(edit.get("text")),
            )
        )
    return Fix(data["applicability"], _text(data.get("description")), tuple(edits))


def _finding_from_json(data, path: str, rule_ids: frozenset[str]) -> Finding:
    if type(data) is not dict or data.get("rule") not in rule_ids:
        raise ValueError("bad finding")
    return Finding(
        rule=data["rule"],
        path=path,
        line=_position(data.get("line")),
        col=_position(data.get("col")),
        end_line=_position(data.get("end_line")),
        end_col=_position(data.get("end_col")),
        message=_text(data.get("message")),
        severity=_text(data.get("severity")),
        fix=_fix_from_json(data.get("fix")),
        snippet=_text(data.get("snippet", "")),
        related=_related_from_json(data.get("related", [])),
    )


def _related_from_json(data) -> tuple:
    if type(data) is not list:
        raise ValueError("bad related")
    out = []
    for item in data:
        if type(item) is not dict:
            raise ValueError("bad related")
        out.append(Related(_position(item.get("line")), _position(item.get("col")), _position(item.get("end_line")),
                           _position(item.get("end_col")), _text(item.get("message"))))
    return tuple(out)


def _unchanged(depends, source: Optional[str], keyed) -> bool:
    """Are the files an entry's findings read (paths relative to the file's folder) as
    they were? (A file moved beside other modules misses.)"""
    from modelred_lint.neighbours import state_of

    if type(depends) is not list or source is None:
        return False
    folder = os.path.dirname(os.path.abspath(source))
    for item in depends:
        if type(item) is not list or len(item) != 2 or type(item[0]) is not str:
            return False
        if keyed(state_of(os.path.normpath(os.path.join(folder, item[0])))) != item[1]:
            return False
    return True


def make_folders(path: Path) -> None:
    """mkdir -p, and a `.gitignore` of `*` in the topmost folder this call created
    (so that a cache in the tree is not committed), never in one that was there
    already: `--cache-dir .` must not hide the project's own files from git."""
    missing = []
    here = path
    while not os.path.lexists(here):
        missing.append(here)
        if here.parent == here:
            break
        here = here.parent
    marked = False
    for folder in reversed(missing):
        try:
            folder.mkdir()
        except FileExistsError:
            continue  # another run made it first: that run marks it
        if not marked:
            (folder / ".gitignore").write_text("# Created by modelred-lint.\n*\n", encoding="utf-8")
            marked = True


def tracked_by_git(folder: Path) -> bool:
    """Whether git tracks anything in `folder` (False when it is in no work tree, or
    git cannot tell: the HMAC still guards every entry then)."""
    try:
        if not os.path.isdir(folder):
            return False  # nothing there to read, tracked or not
        start = folder.resolve()
    except (OSError, RuntimeError):
        return False
    for here in (start, *start.parents):
        try:
            if not os.path.lexists(here / ".git"):
                continue
        except OSError:
            return False
        import subprocess  # only for a cache inside a work tree: it costs start-up time

        try:
            done = subprocess.run(
                ["git", "-C", str(here), "ls-files", "-z", "--", os.path.relpath(start, here)],
                capture_output=True,
                timeout=10,
                env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},
            )
        except (OSError, subprocess.SubprocessError):
            return False
        return done.returncode == 0 and bool(done.stdout)
    return False


class Cache:
    def __init__(self, folder: Path, fingerprint: str, secret: bytes, rule_ids: Iterable[str]) -> None:
        self.root = folder
        self.folder = folder / FORMAT
        self.fingerprint = fingerprint
        self.secret = secret
        self.rule_ids = frozenset(rule_ids)
        self.writes = 0
        self.usable = True

    def key(self, data: bytes, ignores: frozenset[str]) -> str:
        digest = hashlib.sha256(self.fingerprint.encode())
        digest.update(",".join(sorted(ignores)).encode())
        digest.update(hashlib.sha256(data).digest())
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def _keyed(self, state: Optional[str]) -> Optional[str]:
        """A neighbour's state as an entry keeps it: its digest keyed with the cache's
        secret (a plain hash of a settings module would let a guess at its password be
        confirmed)."""
        if state is None:
            return None
        return hmac.new(self.secret, b"neighbour\0" + state.encode(), hashlib.sha256).hexdigest()[:32]

    def _mac(self, key: str, payload: bytes) -> bytes:
        # The key is signed too: a genuine entry copied under another file's key is a miss.
        return hmac.new(self.secret, key.encode() + b"\0" + payload, hashlib.sha256).hexdigest().encode()

    def get(self, key: str, path: str, source: Optional[str] = None) -> Optional[list[Finding]]:
        """The findings stored under `key`, or None for a miss: no entry, or one this
        user's runs did not write, or one of another shape, or one whose findings read
        modules beside the file (at `source`) that have changed since."""
        try:
            raw, _ = read_bounded(self._path(key), MAX_ENTRY_BYTES, follow_links=False)
        except (OSError, TooLarge):
            return None
        header, _, payload = raw.partition(b"\n")
        if not header.startswith(_MAGIC) or not hmac.compare_digest(header[len(_MAGIC) :], self._mac(key, payload)):
            return None
        try:
            items = json.loads(payload)
            if type(items) is dict:
                if not _unchanged(items.get("depends"), source, self._keyed):
                    return None
                items = items.get("findings")
            if type(items) is not list:
                return None
            return [_finding_from_json(item, path, self.rule_ids) for item in items]
        except (ValueError, RecursionError, TypeError):
            return None

    def put(self, key: str, findings: list[Finding], depends: tuple = (), source: Optional[str] = None) -> None:
        """Store a file's findings; `depends`: the modules beside it (at `source`) that
        its rules read, as neighbours.py recorded them."""
        items = [_finding_to_json(f) for f in findings]
        if depends:
            if source is None:
                return  # (cannot be checked later: not stored)
            folder = os.path.dirname(os.path.abspath(source))
            items = {"findings": items,
                     "depends": [[os.path.relpath(os.path.abspath(p), folder), self._keyed(d)] for p, d in depends]}
        self.store(key, json.dumps(items, ensure_ascii=False).encode("utf-8"))

    def store(self, key: str, payload: bytes) -> None:
        """Sign and write one entry's JSON text (tests use it to plant entries)."""
        if not self.usable:
            return
        data = _MAGIC + self._mac(key, payload) + b"\n" + payload
        if len(data) > MAX_ENTRY_BYTES:
            return  # it would be refused when read: lint that file each time
        target = self._path(key)
        try:
            make_folders(target.parent)
            with temporary_file(target.parent, ".tmp-", ".json") as (handle, temp):
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temp, target)
            self.writes += 1
        except OSError:
            self.usable = False  # a read-only folder: run without the cache

    def prune(self, limit: int = MAX_ENTRIES) -> int:
        """Remove the oldest entries beyond the limit; returns how many went."""
        if not self.writes or not self.folder.is_dir():
            return 0
        entries = [p for p in self.folder.glob("*/*.json")]
        if len(entries) <= limit:
            return 0
        entries.sort(key=lambda p: p.stat().st_mtime)
        removed = 0
        for path in entries[: len(entries) - limit]:
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
        return removed


def open_cache(plan, cache_dir: Optional[Path], project_root: Path) -> tuple[Optional[Cache], list[str]]:
    """The run's cache (None when there can be none) and warnings to print."""
    from modelred_lint.user_cache import secret

    folder = cache_dir if cache_dir is not None else default_folder(project_root)
    key = secret()
    if folder is None or key is None:
        return None, ["no user cache folder to keep the cache's key in; running without the cache"]
    if tracked_by_git(folder / FORMAT):
        return None, [f"{folder / FORMAT}: the cache holds files tracked by git; not used (a cache must not come from the repository)"]
    return Cache(folder, plan_fingerprint(plan), key, plan.catalogue.ids), []
