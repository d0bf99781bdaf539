"""A content-addressed cache of findings (`.modelred_lint_cache/`).

An entry's key is a hash of the tool's version, the run's effective configuration
(enabled rules, options, the catalogue's own text), the file's per-file ignores and
the file's bytes: any change to one of them is a miss. An entry holds the findings as
they are reported (messages already redacted, never the source) without their path,
so a file moved or copied hits too. Entries are written to a temporary file and
renamed, so that concurrent runs cannot leave half an entry; old entries are pruned
when there are too many."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Optional

from modelred_lint import __version__
from modelred_lint.findings import Edit, Finding, Fix

FORMAT = "v1"
MAX_ENTRIES = 50_000
CACHE_DIR_NAME = ".modelred_lint_cache"


def plan_fingerprint(plan, options: dict) -> str:
    digest = hashlib.sha256()
    digest.update(__version__.encode())
    digest.update(json.dumps(sorted(plan.enabled)).encode())
    digest.update(json.dumps(options, sort_keys=True, default=str).encode())
    digest.update(str(plan.max_file_size).encode())
    digest.update(plan.catalogue.fingerprint.encode())
    return digest.hexdigest()


def _finding_to_json(f: Finding) -> dict:
    data = asdict(f)
    del data["path"]
    return data


def _finding_from_json(data: dict, path: str) -> Finding:
    fix = data.get("fix")
    if fix is not None:
        fix = Fix(fix["applicability"], fix["description"], tuple(Edit(**e) for e in fix["edits"]))
    return Finding(
        rule=data["rule"],
        path=path,
        line=data["line"],
        col=data["col"],
        end_line=data["end_line"],
        end_col=data["end_col"],
        message=data["message"],
        severity=data["severity"],
        fix=fix,
        snippet=data.get("snippet", ""),
    )


class Cache:
    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = folder / FORMAT
        self.root = folder
        self.fingerprint = fingerprint
        self.writes = 0
        self.usable = True

    def key(self, data: bytes, ignores: frozenset[str]) -> str:
        digest = hashlib.sha256(self.fingerprint.encode())
        digest.update(",".join(sorted(ignores)).encode())
        digest.update(hashlib.sha256(data).digest())
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str, path: str) -> Optional[list[Finding]]:
        try:
            raw = self._path(key).read_text(encoding="utf-8")
            return [_finding_from_json(item, path) for item in json.loads(raw)]
        except (OSError, ValueError, KeyError, TypeError):
            return None  # a miss, or an entry from elsewhere: lint again

    def put(self, key: str, findings: list[Finding]) -> None:
        if not self.usable:
            return
        target = self._path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            self._mark_ignored()
            handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump([_finding_to_json(f) for f in findings], out, ensure_ascii=False)
            os.replace(temp, target)
            self.writes += 1
        except OSError:
            self.usable = False  # a read-only tree: run without the cache

    def _mark_ignored(self) -> None:
        marker = self.root / ".gitignore"
        if not marker.exists():
            marker.write_text("# Created by modelred-lint.\n*\n", encoding="utf-8")

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
