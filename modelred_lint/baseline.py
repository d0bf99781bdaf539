"""Baselines: adopt the tool on an existing codebase and fail only on what is new.

`--write-baseline FILE` records the run's findings; `--baseline FILE` reports only the
findings not in it, and counts those it matched and its entries that no longer occur.

An entry is matched by a fingerprint that survives unrelated edits: no line number,
but a hash of
- the rule and the file's path (relative to the repository root, so that the run's
  working directory does not matter);
- the finding's statement, normalised: the lines the finding spans, the matched text
  cut out, all white space removed (moving code, re-indenting it or editing lines
  around it changes nothing);
- a salted hash of the matched text (for a key finding, the key: a rotated key is a
  new finding).
The salt is random, stored in the baseline and kept when the file is rewritten; the
file holds the fingerprints, rules, paths and the findings' messages (which show keys
redacted, as every report does), never a secret or a statement. Entries are sorted
and the JSON is written with sorted keys, one entry per few lines, so that a review
diff shows exactly the entries added or removed. The same finding twice (one statement
repeated) is two equal entries, matched one for one."""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from modelred_lint.findings import Finding

FORMAT = 1
KIND = "modelred-lint baseline"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_WHITE = re.compile(r"\s+")
MAX_BASELINE_BYTES = 64 * 1024 * 1024


class BaselineError(Exception):
    """The baseline file cannot be read or is not one (exit 2; the message names it)."""


@dataclass(frozen=True)
class Entry:
    rule: str
    path: str
    fingerprint: str
    message: str = ""

    def as_json(self) -> dict:
        return {"fingerprint": self.fingerprint, "message": self.message, "path": self.path, "rule": self.rule}


@dataclass
class Baseline:
    salt: str
    entries: list[Entry] = field(default_factory=list)


@dataclass
class Comparison:
    """A run's findings against a baseline."""

    file: str
    new: list[Finding]
    unchanged: list[Finding]
    absent: list[Entry]
    fingerprints: dict[int, str] = field(default_factory=dict)  # id(finding) -> its fingerprint

    def is_unchanged(self, finding: Finding) -> bool:
        if len(self._unchanged_ids) != len(self.unchanged):
            self._unchanged_ids = {id(f) for f in self.unchanged}
        return id(finding) in self._unchanged_ids

    _unchanged_ids: set = field(default_factory=set, repr=False)


# -- fingerprints ------------------------------------------------------------------------
def relative_path(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):
        return Path(path).as_posix()


def _statement_and_match(finding: Finding, text: Optional[str]) -> tuple[str, str]:
    """(normalised statement without the matched text, the matched text)."""
    if text is None or finding.rule == "MR000":
        # Nothing to read (or a file that could not be read): the message says what.
        return _WHITE.sub("", finding.message), ""
    starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
    if not 1 <= finding.line <= len(starts):
        return _WHITE.sub("", finding.message), ""

    def offset(line: int, col: int) -> int:
        line = min(max(line, 1), len(starts))
        return min(starts[line - 1] + col, len(text))

    first = starts[finding.line - 1]
    last_line = min(max(finding.end_line, finding.line), len(starts))
    last = starts[last_line] if last_line < len(starts) else len(text)
    start, end = offset(finding.line, finding.col), offset(finding.end_line, finding.end_col)
    end = max(start, end)
    statement = text[first:start] + "\0" + text[end:last]
    # A list element of a notebook's JSON ends in `\n",` or `"` depending on where it
    # stands in its cell: the JSON punctuation is not the statement.
    statement = _WHITE.sub("", statement).replace("\\n", "").rstrip(",")
    return statement, text[start:end]


def fingerprint(finding: Finding, path: str, text: Optional[str], salt: str) -> str:
    statement, matched = _statement_and_match(finding, text)
    secret_hash = hashlib.sha256(f"{salt}\0{matched}".encode("utf-8", "surrogatepass")).hexdigest()
    key = f"{salt}\0{finding.rule}\0{path}\0{statement}\0{secret_hash}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def file_reader(sources: Optional[dict[str, bytes]] = None, limit: int = 64 * 1024 * 1024) -> Callable[[str], Optional[str]]:
    """path -> the file's text as the run read it (sources: what came from stdin)."""
    cache: dict[str, Optional[str]] = {}

    def read(path: str) -> Optional[str]:
        if path not in cache:
            data = (sources or {}).get(path)
            if data is None:
                try:
                    with open(path, "rb") as handle:
                        data = handle.read(limit + 1)
                except OSError:
                    data = None
            cache[path] = None if data is None or len(data) > limit else data.decode("utf-8", errors="replace")
        return cache[path]

    return read


def fingerprints(findings: list[Finding], read, root: Path, salt: str) -> list[tuple[Finding, str, str]]:
    """(finding, its path relative to root, its fingerprint) for each finding."""
    out = []
    for f in findings:
        path = relative_path(f.path, root)
        out.append((f, path, fingerprint(f, path, read(f.path), salt)))
    return out


# -- the file -----------------------------------------------------------------------------
def load(path: Path) -> Baseline:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BASELINE_BYTES + 1)
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read the baseline ({exc.strerror or type(exc).__name__})") from None
    if len(data) > MAX_BASELINE_BYTES:
        raise BaselineError(f"{path}: the baseline is larger than {MAX_BASELINE_BYTES} bytes")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BaselineError(f"{path}: not a baseline (not valid JSON); write one with --write-baseline") from None
    if (
        not isinstance(document, dict)
        or document.get("kind") != KIND
        or not isinstance(document.get("salt"), str)
        or not isinstance(document.get("findings"), list)
    ):
        raise BaselineError(f"{path}: not a modelred-lint baseline; write one with --write-baseline")
    if document.get("version") != FORMAT:
        raise BaselineError(f"{path}: baseline version {document.get('version')!r} is not {FORMAT}; write it again with --write-baseline")
    entries = []
    for item in document["findings"]:
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("rule", "path", "fingerprint")):
            raise BaselineError(f"{path}: a baseline entry is not a table of rule, path and fingerprint")
        message = item.get("message")
        entries.append(Entry(item["rule"], item["path"], item["fingerprint"], message if isinstance(message, str) else ""))
    return Baseline(document["salt"], entries)


def render(baseline: Baseline) -> str:
    entries = sorted(baseline.entries, key=lambda e: (e.path, e.rule, e.fingerprint, e.message))
    document = {
        "kind": KIND,
        "version": FORMAT,
        "salt": baseline.salt,
        "findings": [e.as_json() for e in entries],
    }
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def build(findings: list[Finding], read, root: Path, salt: Optional[str] = None) -> Baseline:
    salt = salt or secrets.token_hex(16)
    entries = [Entry(f.rule, path, fp, f.message) for f, path, fp in fingerprints(findings, read, root, salt)]
    return Baseline(salt, entries)


def existing_salt(path: Path) -> Optional[str]:
    """The salt of the baseline already at `path` (kept, so that rewriting it changes
    only the entries that changed), or None."""
    try:
        return load(path).salt
    except BaselineError:
        return None


def compare(findings: list[Finding], baseline: Baseline, read, root: Path, file: str) -> Comparison:
    left = Counter(e.fingerprint for e in baseline.entries)
    new, unchanged, prints = [], [], {}
    for f, _, fp in fingerprints(findings, read, root, baseline.salt):
        prints[id(f)] = fp
        if left[fp] > 0:
            left[fp] -= 1
            unchanged.append(f)
        else:
            new.append(f)
    absent = []
    for entry in sorted(baseline.entries, key=lambda e: (e.path, e.rule, e.fingerprint)):
        if left[entry.fingerprint] > 0:
            left[entry.fingerprint] -= 1
            absent.append(entry)
    return Comparison(file, new, unchanged, absent, prints)
