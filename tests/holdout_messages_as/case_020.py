"""Admin CLI of the moderation team (click): lists and starts ModelRed gen 3 assessments."""
import os
import sys

import click
from modelred import ModelRed, ModelRedError, Unauthorized, NotAllowedForApiKey

KEY_ENV = "MODELRED_API_KEY"


def client():
    key = os.environ.get(KEY_ENV)
    if not key:
        click.echo(f"set {KEY_ENV} first", err=True)
        sys.exit(1)
    return ModelRed(key, max_retries=5)


@click.group()
def cli():
    """Moderation model checks."""


@cli.command()
@click.option("--limit", default=20)
def assessments(limit):
    with client() as mr:
        for a in mr.list_assessments(limit=limit)["data"]:
            click.echo(f"{a['id']}  {a['status']:<10} {a.get('model_id')}")


@cli.command()
@click.argument("model_id")
@click.option("--pack", "packs", multiple=True, required=True)
@click.option("--detector-key", envvar="OPENAI_API_KEY", help="provider key for the detector")
def start(model_id, packs, detector_key):
    kwargs = dict(model_id=model_id, probe_pack_ids=list(packs), priority="high", detector_api_key=detector_key)
    click.echo(f"starting on {model_id} with packs {', '.join(packs)}")
    click.echo(f"request: {kwargs}", err=True)
    with client() as mr:
        try:
            a = mr.create_assessment(**kwargs)
        except (Unauthorized, NotAllowedForApiKey) as e:
            click.echo(f"not allowed: {e.status_code}", err=True)
            sys.exit(3)
        except ModelRedError as e:
            click.echo(f"failed: {type(e).__name__}", err=True)
            sys.exit(4)
    click.echo(a["id"])


@cli.command()
def whoami():
    key = os.environ.get(KEY_ENV, "")
    click.echo(f"key: {key[:3]}...{key[-4:]} ({len(key)} chars)")
    if key and not key.startswith("mr_"):
        click.echo(f"warning: {KEY_ENV} does not look like a ModelRed key: {key}", err=True)


if __name__ == "__main__":
    cli()
