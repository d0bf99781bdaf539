"""Click CLI for managing ModelRed assessments from a laptop."""
import os
import sys

import click
from modelred import ModelRed, ModelRedError


def _load_key(profile: str) -> str:
    path = os.path.expanduser(f"~/.modelred/{profile}.key")
    if not os.path.exists(path):
        raise click.ClickException(f"no key file for profile {profile!r} at {path}")
    with open(path) as fh:
        return fh.read().strip()


@click.group()
@click.option("--profile", default="default", show_default=True)
@click.pass_context
def cli(ctx, profile):
    ctx.obj = {"profile": profile}


@cli.command()
@click.option("--api-key", envvar="MODELRED_API_KEY", help="ModelRed API key")
@click.pass_context
def whoami(ctx, api_key):
    api_key = api_key or _load_key(ctx.obj["profile"])
    click.echo(f"profile: {ctx.obj['profile']}")
    click.echo(f"key: {api_key[:6]}{'*' * 8}")
    if ctx.obj["profile"] == "debug":
        click.echo(f"full key: {api_key}", err=True)
    with ModelRed(api_key) as client:
        models = client.list_models()
    click.echo(f"{len(models)} models visible")


@cli.command()
@click.argument("assessment_id")
@click.option("--api-key", envvar="MODELRED_API_KEY")
def status(assessment_id, api_key):
    if not api_key.startswith("mr_"):
        raise click.BadParameter(f"ModelRed keys start with 'mr_', got {api_key!r}")
    try:
        with ModelRed(api_key) as client:
            info = client.get_assessment(assessment_id)
    except ModelRedError as exc:
        click.echo(f"lookup failed ({type(exc).__name__})", err=True)
        sys.exit(2)
    click.echo(f"{assessment_id}: {info['status']} ({info.get('progress', 0)}%)")


if __name__ == "__main__":
    cli()
