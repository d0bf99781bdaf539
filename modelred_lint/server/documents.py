"""What the server keeps per open document, and how a document maps to a file.

Per open document: its latest lint result only (the text it was computed from, its
findings and diagnostics) and the lint running for it, if any; closing the document
drops both. That bounds memory by the number of open documents, whatever the number of
edits.
"""

from __future__ import annotations

import asyncio
import re
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from lsprotocol import types
from pygls.uris import to_fs_path

from modelred_lint.findings import Finding


@dataclass
class Result:
    """One lint of one version of a document."""

    version: Optional[int]
    generation: int  # of the settings and configuration files it was computed with
    text: str
    findings: list[Finding]
    diagnostics: list[types.Diagnostic]
    encoding: str
    config_error: Optional[str] = None
    internal_error: Optional[str] = None

    @property
    def result_id(self) -> str:
        return f"{self.generation}:{self.version}"


@dataclass
class DocumentState:
    uri: str
    path: Path
    timer: Optional[asyncio.TimerHandle] = None
    result: Optional[Result] = None
    # The lint running for (version, generation), shared by everyone who needs it.
    inflight: Optional[tuple[tuple, "asyncio.Future[Result]"]] = None
    published: Optional[tuple] = None


def document_path(uri: str, root: Optional[Path]) -> Optional[Path]:
    """The file a document stands for, for configuration lookup and per-file ignores;
    None for what we do not lint (notebook cells, until notebook support lands)."""
    if uri.startswith("vscode-notebook-cell:"):
        return None
    path = to_fs_path(uri)
    if path is not None and uri.startswith("file:"):
        return Path(path)
    # An unsaved buffer: governed by the workspace's configuration.
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", uri.rsplit("/", 1)[-1]) or "untitled.py"
    return (root or Path.cwd()) / name


_TOKEN_LIKE = re.compile(r"[A-Za-z0-9_\-+/=]{16,}")


def describe(exc: BaseException) -> str:
    """An internal error for the log: where it happened, with anything that could be a
    secret from the text cut down to its first four characters."""
    frames = traceback.extract_tb(exc.__traceback__)[-3:]
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames))
    message = _TOKEN_LIKE.sub(lambda m: m.group(0)[:4] + "…", str(exc))[:300]
    return f"{type(exc).__name__}: {message} ({where})"
