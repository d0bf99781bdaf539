"""Dispatch release assistant: CLI that asks ModelRed gen 2 whether the briefing model is cleared."""
import os
import sys

import click
from modelred import ModelRedClient, ModelRedError, NotFoundError, ValidationError

BRIEFING_MODEL = "dispatch-briefing-gpt4o"


def client_from_env():
    key = os.getenv("MODELRED_API_KEY")
    if not key:
        click.echo("MODELRED_API_KEY is not set", err=True)
        sys.exit(2)
    if not key.startswith("mr_"):
        click.echo(f"MODELRED_API_KEY does not look like a ModelRed key: {key}", err=True)
        sys.exit(2)
    return ModelRedClient(api_key=key)


@click.group()
def cli():
    """Dispatch release helpers."""


@cli.command()
@click.argument("assessment_id")
def status(assessment_id):
    mr = client_from_env()
    try:
        a = mr.get_assessment(assessment_id)
    except NotFoundError:
        click.echo(f"no assessment {assessment_id}", err=True)
        sys.exit(1)
    click.echo(f"{assessment_id}: {a.get('status')} score={a.get('overallScore')}")


@cli.command()
@click.option("--openai-key", envvar="OPENAI_API_KEY", required=True)
def register(openai_key):
    from modelred import ProviderConfig

    mr = client_from_env()
    cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o", max_tokens=1200)
    click.echo(f"registering {BRIEFING_MODEL} (max_tokens=1200)")
    try:
        mr.create_model(modelId=BRIEFING_MODEL, provider="openai", displayName="Dispatch briefing", providerConfig=cfg)
    except ValidationError:
        raise click.ClickException(f"provider key {openai_key} was not accepted")
    except ModelRedError as e:
        click.echo(f"create_model failed: {type(e).__name__}", err=True)
        sys.exit(1)
    click.echo("registered")


if __name__ == "__main__":
    cli()
