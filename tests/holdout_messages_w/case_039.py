"""Typer CLI for managing agent tool credentials in the OS keyring."""
from __future__ import annotations

import logging

import keyring
import typer
from rich.console import Console

app = typer.Typer(help="Manage tool credentials for local agents.")
console = Console(stderr=True)
log = logging.getLogger("agentctl")
SERVICE = "agentctl"


@app.command()
def set_key(tool: str, key: str = typer.Option(..., prompt=True, hide_input=True)) -> None:
    """Store a tool's API key."""
    if len(key) < 16:
        console.print(f"[red]refusing short key for {tool}: {key}[/red]")
        raise typer.Exit(1)
    keyring.set_password(SERVICE, tool, key)
    console.print(f"stored key for [bold]{tool}[/bold] ({len(key)} chars, ends {key[-4:]})")


@app.command()
def show(tool: str, reveal: bool = False) -> None:
    """Show whether a tool has a key."""
    value = keyring.get_password(SERVICE, tool)
    if value is None:
        console.print(f"no key stored for {tool}")
        raise typer.Exit(2)
    console.print(f"{tool}: {'*' * 8}{value[-4:]}")


@app.command()
def test(tool: str, base_url: str = "https://api.example.com") -> None:
    """Check a stored key against the tool's API."""
    import httpx

    value = keyring.get_password(SERVICE, tool) or ""
    resp = httpx.get(f"{base_url}/v1/me", headers={"Authorization": f"Bearer {value}"}, timeout=10)
    log.info("test %s -> %s", tool, resp.status_code)
    if resp.status_code == 401:
        log.error("key for %s rejected by %s: %s", tool, base_url, value)
        raise typer.Exit(3)
    console.print(f"{tool} ok: {resp.json().get('name', '?')}")


@app.command()
def remove(tool: str) -> None:
    """Delete a tool's key."""
    try:
        keyring.delete_password(SERVICE, tool)
    except keyring.errors.PasswordDeleteError as exc:
        console.print(f"nothing to delete for {tool}: {exc}")
        raise typer.Exit(2)


if __name__ == "__main__":
    app()
