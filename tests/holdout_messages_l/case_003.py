"""Provider table read from pyproject-style TOML."""
import tomllib
import warnings
from dataclasses import dataclass, field


@dataclass
class Provider:
    name: str
    base_url: str
    api_key: str = field(repr=False)
    timeout: float = 30.0


@dataclass
class ProviderRecord:
    name: str
    api_key: str
    region: str = "us"


PREFIXES = {"openai": "sk-", "anthropic": "sk-ant-", "groq": "gsk_"}


def read_providers(path):
    with open(path, "rb") as fh:
        data = tomllib.load(fh)
    out = []
    for name, table in data.get("providers", {}).items():
        key = table.get("api_key", "")
        expected = PREFIXES.get(name)
        if expected and not key.startswith(expected):
            warnings.warn(f"{name}: api_key {key!r} lacks the {expected!r} prefix")
        if not key:
            warnings.warn(f"{name}: no api_key configured, got {key!r}")
            continue
        out.append(Provider(name, table["base_url"], key, table.get("timeout", 30.0)))
    return out


def dump(providers):
    for p in providers:
        print(p)
        print(f"{p.name}: {p.base_url} (timeout {p.timeout}s, key {len(p.api_key)} chars)")


def legacy_records(providers):
    records = [ProviderRecord(p.name, p.api_key) for p in providers]
    for rec in records:
        print("record", rec)
    return records
