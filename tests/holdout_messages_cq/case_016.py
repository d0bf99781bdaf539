"""Click CLI for the ModelRed audit of the donor chatbot (generation 2 SDK)."""
import os
import sys

import click
from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError, ValidationError


@click.group()
@click.option("--api-key", envvar="MODELRED_API_KEY", required=True, help="ModelRed key (or MODELRED_API_KEY)")
@click.pass_context
def cli(ctx, api_key):
    ctx.obj = {"client": ModelRed(api_key=api_key), "api_key": api_key}
    if os.environ.get("AUDIT_DEBUG"):
        click.echo(f"using ModelRed key {api_key}", err=True)
        click.echo(f"using ModelRed key {api_key[:3]}...{api_key[-4:]}", err=True)


@cli.command()
@click.option("--openai-key", envvar="OPENAI_API_KEY", required=True)
@click.pass_obj
def register(obj, openai_key):
    cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")
    try:
        obj["client"].create_model(modelId="donor-chatbot", provider="openai", displayName="Donor chatbot", providerConfig=cfg)
    except ConflictError:
        click.echo("model already registered")
    except ValidationError as e:
        click.echo(f"invalid provider config {cfg}", err=True)
        sys.exit(1)
    click.echo("registered donor-chatbot")


@cli.command()
@click.argument("model_id")
@click.option("--types", default="prompt_injection,jailbreak")
@click.pass_obj
def assess(obj, model_id, types):
    if not model_id.replace("-", "").isalnum():
        raise click.BadParameter(f"bad model id {model_id!r}")
    try:
        job = obj["client"].create_assessment(model=model_id, test_types=types.split(","), priority="normal")
    except ModelRedError as e:
        click.echo(f"assessment failed: {type(e).__name__}", err=True)
        sys.exit(1)
    click.echo(f"assessment {job['id']} queued")


@cli.command()
@click.pass_obj
def whoami(obj):
    key = obj["api_key"]
    click.echo(f"key length {len(key)}, env var MODELRED_API_KEY")


if __name__ == "__main__":
    cli()
