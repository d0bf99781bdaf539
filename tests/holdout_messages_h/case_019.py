"""Typer CLI that rotates the team's provider keys in a vault."""
import logging
import secrets

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer()
console = Console()
log = logging.getLogger("rotate")


def _new_gateway_key() -> str:
    return "gw_" + secrets.token_urlsafe(32)


@app.command()
def rotate(team: str, dry_run: bool = typer.Option(False, "--dry-run")):
    new_key = _new_gateway_key()
    key_id = secrets.token_hex(4)
    if dry_run:
        typer.echo(f"would rotate {team}: new key id {key_id}")
        raise typer.Exit()
    log.info("rotated key for team=%s key_id=%s", team, key_id)
    typer.echo(f"New key for {team}: {new_key}")
    typer.echo("Store it now; it will not be shown again.")


@app.command("list")
def list_keys(team: str):
    keys = [{"id": "k1", "prefix": "gw_AbC", "created": "2024-05-01"}, {"id": "k2", "prefix": "gw_XyZ", "created": "2024-06-11"}]
    table = Table("id", "prefix", "created")
    for k in keys:
        table.add_row(k["id"], k["prefix"] + "…", k["created"])
    console.print(table)


@app.command()
def verify(token: str = typer.Option(..., prompt=True, hide_input=True)):
    if not token.startswith("gw_"):
        console.print(f"[red]not a gateway token: {token}[/red]")
        raise typer.Exit(code=1)
    console.print(f"token ok ({len(token)} chars)")


if __name__ == "__main__":
    app()
