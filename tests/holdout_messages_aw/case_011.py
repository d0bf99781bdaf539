"""clauselib: sync the firm's clause library with the drafting assistant."""
import json
import os
from pathlib import Path

import click
import keyring
import requests

SERVICE = "clauselib"
CONFIG = Path(click.get_app_dir("clauselib")) / "config.json"


def load_cfg() -> dict:
    return json.loads(CONFIG.read_text()) if CONFIG.exists() else {"endpoint": "https://drafting.example-firm.com"}


@click.group()
def cli():
    """Clause library tools."""


@cli.command()
@click.option("--token", prompt=True, hide_input=True, help="Drafting assistant API token")
def login(token: str):
    cfg = load_cfg()
    r = requests.get(f"{cfg['endpoint']}/api/me", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    if r.status_code != 200:
        raise click.ClickException(f"token {token} rejected by {cfg['endpoint']}")
    keyring.set_password(SERVICE, "api_token", token)
    click.echo(f"logged in as {r.json().get('email')} (token ...{token[-4:]})")


@cli.command()
@click.option("--show-secrets", is_flag=True)
def whoami(show_secrets: bool):
    cfg = load_cfg()
    token = keyring.get_password(SERVICE, "api_token")
    click.echo(f"endpoint: {cfg['endpoint']}")
    click.echo(f"keyring service: {SERVICE}, entry: api_token")
    if show_secrets:
        click.echo(f"token: {token}")
    else:
        click.echo(f"token set: {token is not None}")


@cli.command()
@click.argument("library", type=click.Path(exists=True))
def push(library: str):
    cfg = load_cfg()
    token = keyring.get_password(SERVICE, "api_token") or os.environ.get("CLAUSELIB_TOKEN")
    clauses = json.loads(Path(library).read_text())
    r = requests.post(f"{cfg['endpoint']}/api/clauses/bulk", json=clauses,
                      headers={"Authorization": f"Bearer {token}"}, timeout=60)
    click.echo(f"pushed {len(clauses)} clauses: HTTP {r.status_code}")
    if r.status_code >= 400:
        click.echo(r.text, err=True)


if __name__ == "__main__":
    cli()
