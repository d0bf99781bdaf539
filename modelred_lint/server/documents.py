"""What the server keeps per open document, and how a document maps to a file.

Per open document or notebook: its latest lint result only (the texts it was computed
from, their findings and diagnostics) and the lint running for it, if any; closing the document
drops both. That bounds memory by the number of open documents, whatever the number of
edits.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from lsprotocol import types
from pygls.uris import to_fs_path

from modelred_lint.findings import Finding
from modelred_lint.server.errors import describe  # noqa: F401  (the server's import of it)


@dataclass
class Part:
    """One text's share of a lint: a document's, or one notebook cell's."""

    uri: str
    version: Optional[int]
    text: str
    findings: list[Finding]
    diagnostics: list[types.Diagnostic]
    encoding: str
    # Whether a noqa comment can be added: not in a markdown cell, a notebook's
    # JSON or a JSON file.
    suppressible: bool = True


def suppressible(path: Path) -> bool:
    from modelred_lint.file_kinds import NOTEBOOK, has_comments, kind_of_path

    return kind_of_path(str(path)) != NOTEBOOK and has_comments(str(path))


@dataclass
class Result:
    """One lint of one version of a document or notebook (then one Part per cell)."""

    version: Optional[int]
    generation: int  # of the settings and configuration files it was computed with
    parts: dict[str, Part]
    encoding: str
    config_error: Optional[str] = None
    internal_error: Optional[str] = None
    published_by_front: bool = False

    @property
    def result_id(self) -> str:
        return f"{self.generation}:{self.version}"

    def part(self, uri: str) -> Optional[Part]:
        return self.parts.get(uri)

    @property
    def findings(self) -> list[Finding]:
        return [f for part in self.parts.values() for f in part.findings]


@dataclass
class DocumentState:
    uri: str
    path: Path
    notebook: bool = False
    timer: Optional[asyncio.TimerHandle] = None
    result: Optional[Result] = None
    # The lint running for (version, generation), shared by everyone who needs it.
    inflight: Optional[tuple[tuple, "asyncio.Future[Result]"]] = None
    published: Optional[tuple] = None
    published_uris: set = field(default_factory=set)  # a notebook's cells given diagnostics


def document_path(uri: str, root: Optional[Path]) -> Optional[Path]:
    """The file a document (or notebook) stands for, for configuration lookup and
    per-file ignores; None for a notebook cell opened as a text document of its own (a
    client that does not sync notebooks): its cells are only linted together."""
    if uri.startswith("vscode-notebook-cell:"):
        return None
    path = to_fs_path(uri)
    if path is not None and uri.startswith("file:"):
        return Path(path)
    # An unsaved buffer: governed by the workspace's configuration.
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", uri.rsplit("/", 1)[-1]) or "untitled.py"
    return (root or Path.cwd()) / name
