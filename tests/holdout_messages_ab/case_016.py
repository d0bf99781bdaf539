"""report.py: print a rich table of provider health before an eval run."""
from __future__ import annotations

import os
from dataclasses import dataclass

import httpx
from rich.console import Console
from rich.table import Table

console = Console()
err = Console(stderr=True)

PROVIDERS = {
    "openai": ("https://api.openai.com/v1/models", "OPENAI_API_KEY"),
    "groq": ("https://api.groq.com/openai/v1/models", "GROQ_API_KEY"),
    "together": ("https://api.together.xyz/v1/models", "TOGETHER_API_KEY"),
}


@dataclass
class Health:
    name: str
    status: int
    models: int
    key_hint: str


def probe(name: str, url: str, env: str) -> Health | None:
    key = os.environ.get(env)
    if key is None:
        err.print(f"[yellow]{name}: {env} not set, skipping[/]")
        return None
    if os.environ.get("HEALTH_DEBUG"):
        console.log(f"{name}: GET {url} with Authorization: Bearer {key}")
    r = httpx.get(url, headers={"Authorization": f"Bearer {key}"}, timeout=15)
    if r.status_code == 401:
        err.print(f"[red]{name}: key {key} was rejected[/]")
        raise PermissionError(f"{name} rejected the key in {env}")
    n = len(r.json().get("data", [])) if r.status_code == 200 else 0
    return Health(name, r.status_code, n, f"…{key[-4:]}")


def main() -> None:
    table = Table(title="Provider health")
    for col in ("provider", "status", "models", "key"):
        table.add_column(col)
    for name, (url, env) in PROVIDERS.items():
        try:
            h = probe(name, url, env)
        except PermissionError as exc:
            err.print(f"[red]{exc}[/]")
            continue
        if h:
            table.add_row(h.name, str(h.status), str(h.models), h.key_hint)
    console.print(table)


if __name__ == "__main__":
    main()
