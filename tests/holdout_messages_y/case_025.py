"""flask CLI commands for the ops team: check and seed the ModelRed integration."""
import hashlib
import os

import click
from flask import Flask
from flask.cli import with_appcontext

from modelred import ModelRed, ModelRedError, Unauthorized

app = Flask(__name__)

MODELRED_KEY_ENV = "MODELRED_API_KEY"


def _fingerprint(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:12]


@app.cli.command("modelred-check")
@click.option("--key", "mr_key", envvar=MODELRED_KEY_ENV, required=True, help="ModelRed API key")
@click.option("--verbose", is_flag=True)
@with_appcontext
def modelred_check(mr_key: str, verbose: bool) -> None:
    click.echo(f"key fingerprint {_fingerprint(mr_key)}")
    if verbose:
        click.echo(f"using ModelRed key {mr_key}", err=True)
    try:
        with ModelRed(mr_key, timeout=10.0) as client:
            models = client.list_models()
    except Unauthorized as e:
        raise click.ClickException(f"ModelRed rejected key {mr_key}") from e
    except ModelRedError as e:
        click.echo(f"Error: {type(e).__name__}", err=True)
        raise SystemExit(1)
    click.echo(f"{len(models.get('data', []))} models visible")


@app.cli.command("modelred-env")
def modelred_env() -> None:
    present = MODELRED_KEY_ENV in os.environ
    click.echo(f"{MODELRED_KEY_ENV} present: {present}")
    if not present:
        raise click.UsageError(f"export {MODELRED_KEY_ENV}=mr_... first")


@app.cli.command("seed-demo")
@click.argument("tenant")
def seed_demo(tenant: str) -> None:
    click.echo(f"seeding demo bot for {tenant}")
    click.echo(click.style("done", fg="green"))
