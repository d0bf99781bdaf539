"""acme_llm.config.profiles: ~/.config/acme/credentials.toml with named profiles."""
from __future__ import annotations

import logging
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("acme_llm.config")

PROFILE_ENV = "ACME_PROFILE"


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "acme"


@dataclass(frozen=True)
class Profile:
    name: str
    api_key: str
    base_url: str
    region: str


def load_profile(name: str | None = None) -> Profile:
    name = name or os.environ.get(PROFILE_ENV, "default")
    path = config_dir() / "credentials.toml"
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    profiles = data.get("profiles", {})
    if name not in profiles:
        raise KeyError(f"profile {name!r} not in {path}; available: {sorted(profiles)}")
    profile = profiles[name]
    log.debug("loaded profile %s from %s: %s", name, path, profile)
    log.info("profile %s: region=%s base_url=%s", name, profile.get("region"), profile.get("base_url"))
    key = profile.get("api_key", "")
    if key != key.strip():
        raise ValueError(f"profile {name}: api_key {profile['api_key']!r} has surrounding whitespace")
    if "api_key" not in profile:
        raise ValueError(f"profile {name} in {path} has no api_key; keys present: {', '.join(profile)}")
    return Profile(
        name=name,
        api_key=key,
        base_url=profile.get("base_url", "https://api.acme-llm.com/v1"),
        region=profile.get("region", "us-east"),
    )


def list_profiles() -> list[str]:
    path = config_dir() / "credentials.toml"
    if not path.exists():
        return []
    with path.open("rb") as fh:
        return sorted(tomllib.load(fh).get("profiles", {}))


if __name__ == "__main__":
    for pname in list_profiles():
        print(pname, "->", load_profile(pname).base_url)
