"""Read eval settings from pyproject-style TOML ([tool.redteam])."""
from __future__ import annotations

import os
import tomllib
import warnings
from pathlib import Path
from typing import TypedDict


class ProviderSettings(TypedDict, total=False):
    name: str
    model: str
    api_key: str
    api_key_env: str
    max_tokens: int


class Settings(TypedDict):
    providers: list[ProviderSettings]
    concurrency: int
    seed: int


def load(path: Path = Path("redteam.toml")) -> Settings:
    with path.open("rb") as fh:
        raw = tomllib.load(fh)["tool"]["redteam"]
    providers: list[ProviderSettings] = []
    for p in raw.get("providers", []):
        if "api_key" in p:
            warnings.warn(f"provider {p['name']}: inline api_key in {path} is deprecated ({p['api_key']}); use api_key_env", DeprecationWarning)
        elif "api_key_env" in p:
            env = p["api_key_env"]
            if env not in os.environ:
                warnings.warn(f"provider {p['name']}: {env} is not set", RuntimeWarning)
                continue
            p["api_key"] = os.environ[env]
        if p.get("max_tokens", 0) > 4096:
            warnings.warn(f"{p['name']}: max_tokens={p['max_tokens']} is high")
        providers.append(p)
    return Settings(providers=providers, concurrency=int(raw.get("concurrency", 4)), seed=int(raw.get("seed", 0)))


def describe(s: Settings) -> str:
    lines = [f"concurrency={s['concurrency']} seed={s['seed']}"]
    for p in s["providers"]:
        lines.append(f"  {p['name']}: {p.get('model', '?')} key_env={p.get('api_key_env', '-')}")
    return "\n".join(lines)


if __name__ == "__main__":
    s = load()
    print(describe(s))
    for p in s["providers"]:
        if len(p.get("api_key", "")) < 16:
            raise ValueError(f"{p['name']}: api_key too short: {p.get('api_key')}")
