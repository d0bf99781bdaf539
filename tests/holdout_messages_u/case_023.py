"""Tiny dbt-style profile loader for our SQL+LLM transforms (profiles.yml with env_var())."""
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ENV_RE = re.compile(r"\{\{\s*env_var\('([A-Z0-9_]+)'(?:,\s*'([^']*)')?\)\s*\}\}")


class ProfileError(Exception):
    """Bad or incomplete profile."""


@dataclass
class Target:
    type: str
    host: str
    user: str
    password: str = field(repr=False)
    dbname: str = "analytics"
    llm_api_key: str = field(default="", repr=False)


def render(value: str) -> str:
    def sub(m: re.Match) -> str:
        name, default = m.group(1), m.group(2)
        val = os.environ.get(name, default)
        if val is None:
            raise ProfileError(f"env var {name} referenced in profiles.yml is not set")
        return val

    return ENV_RE.sub(sub, value) if isinstance(value, str) else value


def load(profile: str, target: str | None = None, path: Path = Path("profiles.yml")) -> Target:
    doc = yaml.safe_load(path.read_text())
    prof = doc[profile]
    name = target or prof.get("target", "dev")
    raw = {k: render(v) for k, v in prof["outputs"][name].items()}
    missing = [k for k in ("type", "host", "user", "password") if not raw.get(k)]
    if missing:
        raise ProfileError(f"profile {profile}.{name} missing {', '.join(missing)}")
    if raw["type"] not in ("postgres", "duckdb"):
        raise ProfileError(f"unsupported adapter in {profile}.{name}: {raw}")
    t = Target(**raw)
    print(f"loaded {t}")
    return t


def debug(profile: str) -> None:
    t = load(profile)
    print(f"connecting as {t.user}@{t.host} with password {t.password}")
    print(f"llm key configured: {bool(t.llm_api_key)}")


if __name__ == "__main__":
    import sys

    debug(sys.argv[1])
