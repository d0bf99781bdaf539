"""Typer CLI that stores provider tokens in the user's config directory."""
import json
from pathlib import Path

import rich
import typer
from rich.console import Console
from rich.panel import Panel

app = typer.Typer(help="Manage provider credentials for redteam runs")
console = Console()
CONFIG = Path(typer.get_app_dir("redteam")) / "providers.json"


def _load() -> dict:
    return json.loads(CONFIG.read_text()) if CONFIG.exists() else {}


@app.command()
def add(provider: str, token: str = typer.Option(..., prompt=True, hide_input=True)) -> None:
    data = _load()
    data[provider] = {"token": token, "source": "prompt"}
    CONFIG.parent.mkdir(parents=True, exist_ok=True)
    CONFIG.write_text(json.dumps(data, indent=2))
    console.print(Panel(f"Configured [bold]{provider}[/]"))
    console.print(f"[green]Saved token[/] {token} to {CONFIG}")


@app.command("list")
def list_() -> None:
    data = _load()
    for provider, entry in data.items():
        console.print(f"{provider}: source={entry.get('source')} token={'*' * 8}")
    typer.echo(f"{len(data)} providers")


@app.command()
def dump() -> None:
    """Print the raw config (debugging aid)."""
    rich.print(_load())


@app.command()
def path() -> None:
    typer.echo(str(CONFIG))


if __name__ == "__main__":
    app()
