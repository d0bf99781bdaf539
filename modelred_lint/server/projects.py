"""The Project (configuration, plan, per-file ignores) that governs each document,
resolved the way the CLI resolves it: the nearest pyproject.toml with our section or
.modelred-lint.yaml above the document, or the client's configPath.

Resolving reads and validates the configuration and builds the rule plan, so it is done
once per folder and client settings, not per keystroke; a configuration error is kept
too, so that a broken file is not re-read on every edit. Everything is dropped when a
configuration file changes (`workspace/didChangeWatchedFiles`): a new file nearer to a
document can change which one governs it, so no finer invalidation is safe.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from pathlib import Path
from typing import Union

from modelred_lint.api import Project
from modelred_lint.config import ConfigError
from modelred_lint.server.settings import CONFIG_NAMES, ClientSettings, is_config_file  # noqa: F401  (re-exported)


class ProjectCache:
    def __init__(self, limit: int = 64) -> None:
        # Bounded: a long session that visits many folders must not keep them all.
        self._limit = limit
        self._entries: "OrderedDict[tuple, Union[Project, ConfigError]]" = OrderedDict()
        self._lock = threading.Lock()  # lint jobs read it in a worker, the loop clears it

    def get(self, path: Path, settings: ClientSettings) -> Project:
        """The document's Project; raises ConfigError when its configuration is bad."""
        key = (str(path.parent), settings.project_key)
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
        if entry is None:
            try:
                entry = Project.for_path(
                    path, config=settings.config_path, select=settings.select, ignore=settings.ignore
                )
            except ConfigError as exc:
                entry = exc
            with self._lock:
                self._entries[key] = entry
                while len(self._entries) > self._limit:
                    self._entries.popitem(last=False)
        if isinstance(entry, ConfigError):
            raise entry
        return entry

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
