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

import hashlib
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional

from modelred_lint.safe_read import TooLarge, read_bounded

# Larger modules are not read for a lookup: a generated registry says nothing of this
# kind, and parsing it would cost more than the file being linted.
MAX_NEIGHBOUR_BYTES = 256 * 1024
# Kept per process, the first read dropped first: texts, and trees (a LibCST tree takes
# ten to twenty times its text's size: a few dozen at most).
_HELD_TEXTS = 128
_HELD_TREES = 32

_texts: dict[str, Optional[tuple[str, str]]] = {}  # path -> (text, digest) or None
_trees: dict[tuple[str, str], object] = {}  # (path, digest) -> module, or None where it does not parse
_consulted: Optional[dict[str, Optional[str]]] = None  # path -> digest (None: absent) while recording


@contextmanager
def recording() -> Iterator[dict]:
    """Record the modules read while linting one file: path -> digest of what was read
    (None for a module looked for and not there)."""
    global _consulted
    outer, _consulted = _consulted, {}
    try:
        yield _consulted
    finally:
        _consulted = outer


def digest_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def current_digest(path: str) -> Optional[str]:
    """The digest of the module at `path` as it is now (None: absent, unreadable or too
    large), as `recording` would note it."""
    try:
        data, _ = read_bounded(Path(path), MAX_NEIGHBOUR_BYTES)
    except (OSError, TooLarge):
        return None
    return digest_of(data)


def module_file(importer: str, module: Optional[str], level: int) -> Optional[str]:
    """The file of `from <.*level><module> import ...` in the file at `importer`, where
    it is a module beside it (None for a library, or one not found)."""
    folder = Path(importer).parent
    if not str(importer) or not folder.is_dir():
        return None
    if level:
        for _ in range(level - 1):
            folder = folder.parent
    else:
        # (the folder that holds the importer's top package: where `import pkg.x` starts)
        depth = 0
        while (folder / "__init__.py").is_file() and depth < 32:
            folder, depth = folder.parent, depth + 1
    parts = module.split(".") if module else []
    base = folder.joinpath(*parts)
    candidates = ([base.parent / f"{parts[-1]}.py"] if parts else []) + [base / "__init__.py"]
    for candidate in candidates:
        if candidate.is_file():
            return os.path.normpath(str(candidate))
        if _consulted is not None:
            # (a module that appears later changes what the lookup finds)
            _consulted.setdefault(os.path.normpath(str(candidate)), None)
    return None


def text_of(path: str) -> Optional[str]:
    """The text of a neighbour module (recorded as read)."""
    held = read(path)
    return held[0] if held is not None else None


def read(path: str) -> Optional[tuple[str, str]]:
    """The text of a neighbour module and its digest (recorded as read)."""
    held = _texts.get(path, False)
    if held is False:
        try:
            data, _ = read_bounded(Path(path), MAX_NEIGHBOUR_BYTES)
            held = (data.decode("utf-8"), digest_of(data))
        except (OSError, TooLarge, UnicodeDecodeError):
            held = None
        if len(_texts) >= _HELD_TEXTS:
            _texts.pop(next(iter(_texts)))
        _texts[path] = held
    if _consulted is not None:
        _consulted[path] = held[1] if held is not None else None
    return held


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
        if len(_trees) >= _HELD_TREES:
            _trees.pop(next(iter(_trees)))
        _trees[key] = tree
    return _trees[key]
