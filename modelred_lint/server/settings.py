"""The settings a client sends: in `initializationOptions`, and in the answer to
`workspace/configuration` for the section "modelred-lint" (which wins where the client
supports it, so that a user can change them without restarting the server).

    {"select": ["MR00"], "ignore": ["MR004"], "unsafeFixes": false, "configPath": "ci/lint.yaml"}

`select` replaces the configuration file's selection, `ignore` adds to its ignores, as
the CLI's --select/--ignore do. A relative `configPath` is taken from the workspace root.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

SECTION = "modelred-lint"
CONFIG_NAMES = ("pyproject.toml", ".modelred-lint.yaml")


@dataclass(frozen=True)
class ClientSettings:
    select: Optional[tuple[str, ...]] = None  # None: the configuration file's
    ignore: tuple[str, ...] = ()
    unsafe_fixes: bool = False
    config_path: Optional[Path] = None
    problems: tuple[str, ...] = field(default=(), compare=False)  # what was ignored, for the log

    @classmethod
    def from_client(cls, raw: Any, root: Optional[Path]) -> "ClientSettings":
        """Settings from whatever the client sent. Values of the wrong type are
        dropped (and named in `problems`) rather than failing the session."""
        if not isinstance(raw, dict):
            return cls()
        # Clients differ: some send the section's content, some the whole settings
        # object; accept both shapes.
        if isinstance(raw.get(SECTION), dict):
            raw = raw[SECTION]
        problems: list[str] = []

        def codes(key: str) -> Optional[tuple[str, ...]]:
            value = raw.get(key)
            if value is None:
                return None
            if isinstance(value, str):
                value = [part for part in value.split(",")]
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                return tuple(v.strip() for v in value if v.strip())
            problems.append(f"{key} must be a list of rule codes")
            return None

        select, ignore = codes("select"), codes("ignore") or ()
        unsafe = raw.get("unsafeFixes", False)
        if not isinstance(unsafe, bool):
            problems.append("unsafeFixes must be true or false")
            unsafe = False
        config_path = None
        value = raw.get("configPath")
        if isinstance(value, str) and value.strip():
            config_path = Path(value.strip()).expanduser()
            if not config_path.is_absolute() and root is not None:
                config_path = root / config_path
        elif value not in (None, ""):
            problems.append("configPath must be a path")
        known = {"select", "ignore", "unsafeFixes", "configPath"}
        problems.extend(f"unknown setting {key!r}" for key in sorted(set(raw) - known))
        return cls(select, ignore, unsafe, config_path, tuple(problems))

    @property
    def project_key(self) -> tuple:
        """What a Project depends on (unsafe fixes do not change what is reported)."""
        return (self.select, self.ignore, self.config_path)


def is_config_file(path: Path, settings: ClientSettings) -> bool:
    """A file whose change can change which configuration governs a document."""
    return path.name in CONFIG_NAMES or (settings.config_path is not None and path == settings.config_path)
