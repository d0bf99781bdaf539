"""`acme configure` / `acme login` CLI commands that store and show keys."""
import json
import os
from pathlib import Path

import click

CONFIG_PATH = Path(os.path.expanduser("~/.acme/credentials.json"))
KEY_PREFIX = "sk-acme-"


def _mask(value: str) -> str:
    return value[:6] + "..." + value[-4:] if len(value) > 12 else "****"


@click.group()
def cli():
    """Acme LLM command line."""


@cli.command()
@click.option("--api-key", prompt=True, hide_input=True, help="Your Acme API key")
@click.option("--profile", default="default")
def configure(api_key: str, profile: str):
    if not api_key.startswith(KEY_PREFIX):
        raise click.BadParameter(f"API key must start with {KEY_PREFIX}, got {api_key}")
    CONFIG_PATH.parent.mkdir(parents=True, exist_ok=True)
    data = json.loads(CONFIG_PATH.read_text()) if CONFIG_PATH.exists() else {}
    data[profile] = {"api_key": api_key}
    CONFIG_PATH.write_text(json.dumps(data, indent=2))
    click.echo(f"Saved key {_mask(api_key)} for profile {profile} in {CONFIG_PATH}")


@cli.command()
@click.option("--profile", default="default")
@click.option("--show-secret", is_flag=True)
def whoami(profile: str, show_secret: bool):
    data = json.loads(CONFIG_PATH.read_text())
    entry = data.get(profile)
    if entry is None:
        raise click.ClickException(f"profile {profile!r} not configured; run `acme configure`")
    key = entry["api_key"]
    click.echo(f"profile: {profile}")
    click.echo(f"key: {_mask(key)}")
    if show_secret:
        click.secho(f"full key: {key}", fg="yellow")


@cli.command()
def profiles():
    data = json.loads(CONFIG_PATH.read_text())
    for name, entry in data.items():
        click.echo(f"{name}: {'set' if entry.get('api_key') else 'missing'}")
    click.echo(json.dumps(data, indent=2))
