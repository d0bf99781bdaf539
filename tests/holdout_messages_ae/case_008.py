"""A small credentials file under $XDG_CONFIG_HOME/mrcli/credentials.toml."""
from __future__ import annotations

import os
import stat
import tomllib
from pathlib import Path

import tomli_w
from modelred import ModelRed, ModelRedError


def _config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "mrcli"


class CredentialStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or _config_home() / "credentials.toml"
        self._data: dict[str, dict] = {}
        if self.path.exists():
            self._data = tomllib.loads(self.path.read_text())

    def add(self, name: str, api_key: str, org: str = "", overwrite: bool = False) -> None:
        if name in self._data and not overwrite:
            existing = self._data[name]["api_key"]
            raise ValueError(f"profile {name!r} already holds key {existing}; pass overwrite=True")
        if not api_key.startswith("mr_"):
            raise ValueError(f"profile {name!r}: not a ModelRed key (org {org!r})")
        self._data[name] = {"api_key": api_key, "org": org}

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(tomli_w.dumps(self._data))
        os.chmod(self.path, stat.S_IRUSR | stat.S_IWUSR)

    def describe(self) -> list[str]:
        lines = []
        for name, entry in sorted(self._data.items()):
            lines.append(f"{name}: org={entry.get('org') or '-'} key=mr_…{entry['api_key'][-4:]}")
        return lines

    def verify(self, name: str) -> tuple[bool, str]:
        entry = self._data[name]
        try:
            with ModelRed(entry["api_key"], timeout=8.0) as client:
                client.list_assessments(limit=1)
        except ModelRedError as e:
            return False, f"ModelRed said: {e}"
        return True, f"profile {name} ok (org {entry.get('org')})"

    def remove(self, name: str) -> None:
        if name not in self._data:
            raise KeyError(f"no such profile: {name}")
        del self._data[name]
        self.save()
