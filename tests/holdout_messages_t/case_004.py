"""`acme-auth` CLI: log in and store an identity token (click)."""
import json
import os
import sys
from pathlib import Path

import click

ENV_TOKEN_VAR = "ACME_IDENTITY_TOKEN"
TOKEN_FILE = Path.home() / ".config" / "acme" / "token.json"
TOKEN_SOURCE = {"source": "file", "path": str(TOKEN_FILE)}


def read_token() -> str | None:
    if os.environ.get(ENV_TOKEN_VAR):
        return os.environ[ENV_TOKEN_VAR]
    if TOKEN_FILE.exists():
        return json.loads(TOKEN_FILE.read_text())["token"]
    return None


@click.group()
def cli():
    """Manage Acme identity tokens."""


@cli.command()
@click.option("--token", prompt=True, hide_input=True)
def login(token):
    if not token:
        raise click.BadParameter(f"token is required, got {token!r}")
    if not token.startswith("acme_"):
        raise click.BadParameter(f"{token} does not look like an Acme token")
    TOKEN_FILE.parent.mkdir(parents=True, exist_ok=True)
    TOKEN_FILE.write_text(json.dumps({"token": token}))
    click.echo(f"stored token ending ...{token[-4:]} in {TOKEN_FILE}")


@cli.command()
def where():
    click.echo(f"token is read from ${ENV_TOKEN_VAR} or {TOKEN_SOURCE}")


@cli.command()
@click.option("--verbose", is_flag=True)
def check(verbose):
    token = read_token()
    if token is None:
        click.echo("not logged in", err=True)
        sys.exit(1)
    if verbose:
        click.echo(f"using token {token}", err=True)
    click.echo(f"token length {len(token)}")


if __name__ == "__main__":
    cli()
