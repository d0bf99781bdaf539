"""The project's other modules, as far as one file's rules read them.

A Fern-generated client raises `ApiError(headers=dict(headers))`, where `ApiError` comes
from `..core.api_error` (whose `__str__` shows the headers) and `headers` from
`self._client_wrapper.get_headers()` (which puts the API key in them, in
`..core.client_wrapper`). Neither fact is in the linted file. The rules look them up in
the module an import names, when that module is a file beside the importer's: the
package it belongs to (relative imports; absolute ones from the top of the package that
holds the importer) or the importer's own folder.

What is read is recorded while a file is linted (`recording`): its findings depend on
those files too, and the cache keeps an entry only while they are unchanged
(cache.py). A module that cannot be read, is too large or does not parse is no module:
the lookup finds nothing and the rules fall back to what they know without it.
"""

from __future__ import annotations

import os
import re
import stat
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from modelred_lint.bounded import keep
from modelred_lint.digests import sha256
from modelred_lint.safe_read import TooLarge, read_bounded

# Larger modules are not read for a lookup: a generated registry says nothing of this
# kind, and parsing it would cost more than the file being linted.
MAX_NEIGHBOUR_BYTES = 256 * 1024
# Kept per process, the first read dropped first: texts, and trees (a LibCST tree takes
# ten to twenty times its text's size: a few dozen at most).
_HELD_TEXTS = 128
_HELD_TREES = 32

_texts: dict[str, tuple] = {}  # path -> (its status when read, (text, digest) or None)
_trees: dict[tuple[str, str], object] = {}  # (path, digest) -> module, or None where it does not parse
_consulted: Optional[dict[str, Optional[str]]] = None  # path -> state (see state_of) while recording
# module_file's answers while recording, by its arguments: one file's lint asks the same
# several times (the prefilter, the rules, each imported name), and what was consulted for
# the answer is in the recording already. (Not kept longer: a language server's next lint
# must see a module created or deleted since.)
_found: Optional[dict] = None

PRESENT = "present"  # the state of a file that is there but no module we read (too large, not UTF-8)


@contextmanager
def recording() -> Iterator[dict]:
    """Record what the lookups asked of the file system while linting one file: path ->
    its state (state_of). A recording inside another adds to it."""
    global _consulted, _found
    outer, _consulted = _consulted, {}
    outer_found, _found = _found, {}
    inner = _consulted
    try:
        yield inner
    finally:
        _consulted, _found = outer, outer_found
        if outer is not None:
            for path, state in inner.items():
                outer.setdefault(path, state)


def digest_of(data: bytes) -> str:
    return sha256(data).hexdigest()[:32]


def _status(path: str):
    """What tells a file's content changed without reading it (None: no regular file)."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):  # (a name too long, a folder we may not enter, a NUL)
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino, st.st_dev)


def _load(path: str) -> Optional[tuple[str, str]]:
    try:
        data, _ = read_bounded(Path(path), MAX_NEIGHBOUR_BYTES)
        return data.decode("utf-8"), digest_of(data)
    except (OSError, ValueError, TooLarge):  # (UnicodeDecodeError is a ValueError)
        return None


def state_of(path: str) -> Optional[str]:
    """A file as the lookups see it, read afresh: None (not there), PRESENT (there, but
    no module we read) or the digest of its text. What `recording` notes, and what the
    cache compares."""
    if _status(path) is None:
        return None
    held = _load(path)
    return held[1] if held is not None else PRESENT


def _note(path: str, state: Optional[str]) -> None:
    if _consulted is not None:
        _consulted[path] = state


def _exists(path: str) -> bool:
    """Is there a file here (recorded, with what it holds)?"""
    if _status(path) is None:
        _note(path, None)
        return False
    read(path)  # (noted there)
    return True


def module_file(importer: str, module: Optional[str], level: int) -> Optional[str]:
    """The file of `from <.*level><module> import ...` in the file at `importer`, where
    it is a module beside it (None for a library, or one not found). The importer's
    path is made absolute first: `..` from `client.py` linted in its own folder climbs
    out of it."""
    if not importer:
        return None
    if _found is None:
        return _module_file(importer, module, level)
    key = (importer, module, level)
    if key not in _found:
        _found[key] = _module_file(importer, module, level)
    return _found[key]


def _package_root(folder: str) -> str:
    """The folder that holds the top package of a module in `folder`: where `import
    pkg.x` starts. Each `__init__.py` asked about is recorded, as its presence decides
    the answer (and so asked once per folder while recording: see _found)."""
    key = ("root", folder)
    if _found is not None and key in _found:
        return _found[key]
    depth = 0
    while depth < 32 and _exists(os.path.join(folder, "__init__.py")):
        folder, depth = os.path.dirname(folder), depth + 1
    if _found is not None:
        _found[key] = folder
    return folder


def _module_file(importer: str, module: Optional[str], level: int) -> Optional[str]:
    # (os.path's functions on strings: pathlib's objects cost more than the stats here)
    folder = os.path.dirname(os.path.abspath(importer))
    if not os.path.isdir(folder):
        return None
    if level:
        for _ in range(level - 1):
            folder = os.path.dirname(folder)
    else:
        folder = _package_root(folder)
    parts = module.split(".") if module else []
    base = os.path.join(folder, *parts)
    candidates = ([os.path.join(os.path.dirname(base), f"{parts[-1]}.py")] if parts else []) + [
        os.path.join(base, "__init__.py")]
    for candidate in candidates:
        path = os.path.normpath(candidate)
        if _exists(path):
            return path
    return None


def text_of(path: str) -> Optional[str]:
    """The text of a neighbour module (recorded as read)."""
    held = read(path)
    return held[0] if held is not None else None


def read(path: str) -> Optional[tuple[str, str]]:
    """The text of a neighbour module and its digest (recorded as read). Kept per
    process while the file's status is unchanged: a language server's next lint sees an
    edit."""
    status = _status(path)
    held = _texts.get(path)
    if held is None or held[0] != status:
        held = (status, _load(path) if status is not None else None)
        _texts.pop(path, None)  # (kept anew: the newest last)
        keep(_texts, path, held, _HELD_TEXTS)
    content = held[1]
    _note(path, content[1] if content is not None else (PRESENT if status is not None else None))
    return content


def tree_of(path: str):
    """A neighbour module's LibCST tree (None where it cannot be read or parsed)."""
    held = read(path)
    if held is None:
        return None
    text, digest = held
    key = (path, digest)
    if key not in _trees:
        from modelred_lint.parsing import parse

        try:
            tree = parse(text)
        except Exception:  # noqa: BLE001 - a neighbour that does not parse is no neighbour
            tree = None
        keep(_trees, key, tree, _HELD_TREES)
    return _trees[key]


# `from .auth import AuthConfig` / `from .x import (A, B)` / `from .providers import *`: a
# relative import of a package's module, as a re-export reads it (the dots, the module,
# what is imported). The closing bracket is optional: a list never closed takes the rest
# of the text in one match, where requiring it would make every later line try again
# to the end (quadratic on a text of unclosed imports).
_RELATIVE_IMPORT = re.compile(r"^[ \t]*from[ \t]+(\.+)(\w[\w.]*)?[ \t]+import[ \t]*(\*|\([^)]*\)?|\w[\w \t,]*)",
                              re.MULTILINE)
# Modules read at most for one re-exported name (a package's __init__ and what it takes
# names from: r2r's core.base -> .providers (star) -> .auth).
MAX_REEXPORT_FILES = 8


def class_headers(text: str, name: str):
    """Where each `class name` at the margin of the module's text ends (the offset just
    past the name), in order."""
    at = text.find(f"class {name}")
    while at >= 0:
        end = at + 6 + len(name)
        if (at == 0 or text[at - 1] == "\n") and (end == len(text) or text[end] in "(: \t"):
            yield end
        at = text.find(f"class {name}", end)


def defines_class(text: str, name: str) -> bool:
    """Does the module's text define `class name` at its margin?"""
    return next(class_headers(text, name), None) is not None


_IMPORT_COMMENT = re.compile(r"#[^\n]*")


def imported_names(listed: str) -> list[tuple[str, str]]:
    """(name in the module imported from, local name) of each item of an import list's
    text (`A, B as C`, a bracketed list across lines with comments, backslash
    continuations); an item of any other shape is left out."""
    pairs = []
    for item in _IMPORT_COMMENT.sub("", listed).strip().strip("()").replace("\\", " ").split(","):
        parts = item.split()
        if len(parts) == 1 or (len(parts) == 3 and parts[1] == "as"):
            pairs.append((parts[0], parts[-1]))
    return pairs


def defining_file(importer: str, module: Optional[str], level: int, name: str) -> Optional[str]:
    """The file beside the importer that defines `class name`, imported by `from <module>
    import name`: that module's, or, where the module takes the name from another of its
    package (`from .auth import AuthConfig`, `from .providers import *`: a package's
    __init__ re-exporting it), that one's, followed through at most MAX_REEXPORT_FILES
    modules. None where no such file is found (a library's class, a name made at run
    time)."""
    start = module_file(importer, module, level)
    queue = [start] if start is not None else []
    seen: set[str] = set()
    while queue and len(seen) < MAX_REEXPORT_FILES:
        file = queue.pop(0)
        if file in seen:
            continue
        seen.add(file)
        text = text_of(file)
        if text is None:
            continue
        if defines_class(text, name):
            return file
        if name not in text and "*" not in text:
            continue
        for match in _RELATIVE_IMPORT.finditer(text):
            listed = match.group(3)
            if listed != "*" and all(imported != name for imported, _ in imported_names(listed)):
                continue
            found = module_file(file, match.group(2) or None, len(match.group(1)))
            if found is not None and found not in seen:
                queue.append(found)
    return None
