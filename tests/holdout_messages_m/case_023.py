"""Rich console report of which providers are configured."""
import os

import yaml
from rich.console import Console
from rich.table import Table

console = Console()
err = Console(stderr=True)


def load(path: str = "providers.yaml") -> dict:
    with open(path) as fh:
        return yaml.safe_load(fh) or {}


def mask(value: str) -> str:
    return value[:4] + "…" if value else "-"


def report(cfg: dict) -> None:
    table = Table(title="providers")
    table.add_column("name")
    table.add_column("model")
    table.add_column("key")
    for name, entry in cfg.get("providers", {}).items():
        key = entry.get("api_key") or os.environ.get(entry.get("key_env", ""), "")
        table.add_row(name, entry.get("model", "?"), mask(key))
        if key and not key.isascii():
            err.print(f"[red]{name}: non-ascii characters in key[/] {key!r}")
        if not key:
            err.print(f"[yellow]{name}: set {entry.get('key_env')} or api_key")
    console.print(table)


if __name__ == "__main__":
    cfg = load()
    if os.environ.get("SHOW_RAW"):
        console.log(cfg)
    console.print(f"{len(cfg.get('providers', {}))} providers, default {cfg.get('default')}")
    report(cfg)
