"""click-based CLI framework: shared options, profile loading and a `doctor` command."""
from __future__ import annotations

import json
import os
from pathlib import Path

import click

PROFILE_DIR = Path.home() / ".acme"
KEY_ENV = "ACME_API_KEY"


def load_profile(name: str) -> dict:
    path = PROFILE_DIR / f"{name}.json"
    if not path.exists():
        raise click.ClickException(f"profile {name} not found at {path}")
    return json.loads(path.read_text())


@click.group()
@click.option("--profile", default="default")
@click.option("--api-key", envvar=KEY_ENV, default=None)
@click.pass_context
def cli(ctx: click.Context, profile: str, api_key: str | None) -> None:
    prof = load_profile(profile)
    ctx.obj = {"profile": profile, "api_key": api_key or prof.get("api_key"), "region": prof.get("region", "eu")}


@cli.command()
@click.pass_obj
def doctor(obj: dict) -> None:
    click.echo(f"profile: {obj['profile']}")
    click.echo(f"region:  {obj['region']}")
    key = obj["api_key"]
    if not key:
        click.echo(f"no API key (set {KEY_ENV} or add api_key to the profile)", err=True)
        raise SystemExit(1)
    click.echo(f"api key: {key[:4]}...{key[-4:]} ({len(key)} chars)")
    if not key.startswith("ak_"):
        click.echo(f"warning: unexpected key format {key!r}", err=True)


@cli.command()
@click.argument("url")
@click.pass_obj
def call(obj: dict, url: str) -> None:
    import httpx

    r = httpx.get(url, headers={"Authorization": f"Bearer {obj['api_key']}"})
    if r.status_code >= 400:
        click.echo(f"HTTP {r.status_code}: {r.text[:200]}", err=True)
        click.echo(f"context was {obj}", err=True)
        raise SystemExit(2)
    click.echo(r.text)
