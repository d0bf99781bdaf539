"""`aitool doctor`: run checks and render them as a rich table."""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass

import typer
from modelred import ModelRed, ModelRedError
from rich.console import Console
from rich.table import Table

app = typer.Typer()
console = Console()
err_console = Console(stderr=True)


@dataclass
class Check:
    name: str
    ok: bool
    detail: str = ""


def check_git() -> Check:
    path = shutil.which("git")
    return Check("git", path is not None, path or "git not on PATH")


def check_modelred(key: str | None) -> Check:
    if not key:
        return Check("modelred", False, "MODELRED_API_KEY is not set")
    try:
        with ModelRed(key, timeout=5.0, max_retries=0) as client:
            n = len(client.list_models(limit=5).get("data", []))
    except ModelRedError as e:
        return Check("modelred", False, str(e))
    return Check("modelred", True, f"{n} model(s), key …{key[-4:]}")


def check_openai(key: str | None) -> Check:
    if not key:
        return Check("openai", False, "OPENAI_API_KEY is not set")
    if not key.startswith("sk-"):
        err_console.print(f"[yellow]OPENAI_API_KEY looks wrong: {key}[/]")
        return Check("openai", False, "unexpected key prefix")
    return Check("openai", True, f"{len(key)} chars")


@app.command()
def doctor(verbose: bool = typer.Option(False, "--verbose", "-v")) -> None:
    mr_key = os.environ.get("MODELRED_API_KEY")
    checks = [check_git(), check_modelred(mr_key), check_openai(os.environ.get("OPENAI_API_KEY"))]
    table = Table("check", "status", "detail")
    for c in checks:
        table.add_row(c.name, "[green]ok[/]" if c.ok else "[red]fail[/]", c.detail)
    console.print(table)
    if verbose:
        console.print(f"XDG_CONFIG_HOME={os.environ.get('XDG_CONFIG_HOME', '~/.config')}")
    raise typer.Exit(0 if all(c.ok for c in checks) else 1)
