"""Typer CLI that configures provider keys for a local LLM playground."""
import json
from pathlib import Path

import typer
from rich.console import Console

app = typer.Typer()
console = Console()
CONFIG = Path.home() / ".playground" / "config.json"


def _read() -> dict:
    return json.loads(CONFIG.read_text()) if CONFIG.exists() else {}


@app.command()
def set_key(provider: str, api_key: str = typer.Option(..., prompt=True, hide_input=True)):
    cfg = _read()
    cfg.setdefault("providers", {})[provider] = {"api_key": api_key, "enabled": True}
    CONFIG.parent.mkdir(parents=True, exist_ok=True)
    CONFIG.write_text(json.dumps(cfg, indent=2))
    console.print(f"[green]saved key for {provider}[/green] (ends with …{api_key[-4:]})")


@app.command()
def show(reveal: bool = False):
    cfg = _read()
    for provider, entry in cfg.get("providers", {}).items():
        state = "enabled" if entry.get("enabled") else "disabled"
        console.print(f"{provider}: {state}")
        if reveal:
            console.print(f"  key = {entry['api_key']}")
    console.print(f"config at {CONFIG}")


@app.command()
def export_env():
    cfg = _read()
    for provider, entry in cfg.get("providers", {}).items():
        typer.echo(f"export {provider.upper()}_API_KEY={entry['api_key']}")


if __name__ == "__main__":
    app()
