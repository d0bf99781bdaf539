"""Resolve the API key for `chatcli` from flags, env and TOML config, in that order."""
from __future__ import annotations

import os
import tomllib
import warnings
from dataclasses import dataclass
from pathlib import Path

CONFIG_PATHS = (Path.cwd() / ".chatcli.toml", Path.home() / ".config" / "chatcli" / "config.toml")
ENV_NAME = "OPENAI_API_KEY"


@dataclass(frozen=True)
class Resolved:
    api_key: str
    source: str
    base_url: str = "https://api.openai.com/v1"


def _from_files() -> tuple[str | None, Path | None, str | None]:
    for path in CONFIG_PATHS:
        if path.is_file():
            data = tomllib.loads(path.read_text())
            section = data.get("openai", {})
            return section.get("api_key"), path, section.get("base_url")
    return None, None, None


def resolve(flag_key: str | None = None) -> Resolved:
    env_key = os.environ.get(ENV_NAME)
    file_key, file_path, base_url = _from_files()
    if flag_key:
        if env_key and env_key != flag_key:
            warnings.warn(f"--api-key overrides ${ENV_NAME}")
        return Resolved(flag_key, "flag")
    if env_key:
        if file_key and file_key != env_key:
            warnings.warn(f"{ENV_NAME} ({env_key}) differs from api_key in {file_path}; using the environment")
        return Resolved(env_key, "env", base_url or Resolved.base_url)
    if file_key:
        if not file_key.startswith("sk-"):
            warnings.warn(f"api_key in {file_path} has an unusual prefix")
        return Resolved(file_key, f"file:{file_path}", base_url or Resolved.base_url)
    raise LookupError(f"no API key: pass --api-key, set {ENV_NAME} or add [openai] api_key to {CONFIG_PATHS[-1]}")


def describe(r: Resolved) -> str:
    return f"key from {r.source}, base_url {r.base_url}"


if __name__ == "__main__":
    r = resolve()
    print(describe(r))
    print(f"resolved: {r}")
