"""Corporate wellness challenge: Typer admin CLI for the step-count leaderboard."""
import os
import sys

import typer
import requests
from rich.console import Console

cli = typer.Typer()
err = Console(stderr=True)
out = Console()

API = os.environ.get("STEPCHALLENGE_API", "https://steps.wellco.example/api")


def _token(token: str | None) -> str:
    tok = token or os.environ.get("STEPCHALLENGE_ADMIN_TOKEN")
    if not tok:
        err.print("[red]Set STEPCHALLENGE_ADMIN_TOKEN or pass --token[/red]")
        raise typer.Exit(2)
    return tok


@cli.command()
def leaderboard(team: str = "", token: str = typer.Option(None, "--token")):
    tok = _token(token)
    out.print(f"token source: {'--token' if token else 'STEPCHALLENGE_ADMIN_TOKEN'}")
    r = requests.get(f"{API}/leaderboard", params={"team": team}, headers={"Authorization": f"Token {tok}"}, timeout=15)
    if r.status_code == 403:
        err.print(f"[red]admin token rejected ({r.status_code})[/red]")
        raise typer.Exit(1)
    for row in r.json()["rows"]:
        out.print(f"{row['rank']:>3}  {row['name']:<24} {row['steps']:>8,}")


@cli.command()
def invite(email: str, token: str = typer.Option(None, "--token"), verbose: bool = False):
    tok = _token(token)
    if verbose:
        err.log(f"POST {API}/invites as token {tok}")
    r = requests.post(f"{API}/invites", json={"email": email}, headers={"Authorization": f"Token {tok}"}, timeout=15)
    if r.status_code >= 400:
        raise RuntimeError(f"invite failed with {r.status_code}: {r.text}")
    out.print(f"invited {email}")


@cli.command()
def check(token: str = typer.Option(None, "--token")):
    tok = _token(token)
    if len(tok) != 40:
        raise typer.BadParameter(f"admin tokens are 40 characters, {tok!r} is {len(tok)}")
    out.print(f"token ok (ends {tok[-4:]})")


if __name__ == "__main__":
    cli()
