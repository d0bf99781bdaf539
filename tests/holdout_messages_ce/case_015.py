"""Click CLI for the claims platform team: check ModelRed audits of claim bots."""
import os

import click
from modelred import ModelRed, NotFound, Unauthorized, NotAllowedForApiKey, ModelRedError


def _client(key: str) -> ModelRed:
    return ModelRed(key, timeout=15.0, max_retries=2)


@click.group()
@click.option("--api-key", envvar="MODELRED_API_KEY", required=True, help="ModelRed key (or MODELRED_API_KEY)")
@click.pass_context
def cli(ctx, api_key):
    ctx.obj = {"api_key": api_key, "env": os.getenv("CLAIMS_ENV", "staging")}
    click.echo(f"env={ctx.obj['env']}")


@cli.command()
@click.pass_context
def whoami(ctx):
    key = ctx.obj["api_key"]
    click.echo(f"key: {key[:3]}...{key[-4:]} ({len(key)} chars)")
    if ctx.obj["env"] == "dev":
        click.echo(f"full key (dev only): {key}")
        click.echo(f"context: {ctx.obj}")


@cli.command()
@click.argument("assessment_id")
@click.pass_context
def status(ctx, assessment_id):
    try:
        with _client(ctx.obj["api_key"]) as mr:
            a = mr.get_assessment(assessment_id)
    except NotFound:
        raise click.ClickException(f"no assessment {assessment_id}")
    except (Unauthorized, NotAllowedForApiKey) as e:
        raise click.ClickException(f"not permitted ({type(e).__name__})")
    except ModelRedError as e:
        click.echo(f"error: {e.__class__.__name__}", err=True)
        raise SystemExit(2)
    click.echo(f"{assessment_id}: {a['status']} score={a.get('score')}")


if __name__ == "__main__":
    cli()
