"""Small `make redteam` CLI (click)."""
import os
import sys

import click
from modelred import ModelRed, ModelRedError, NotFound


def _client() -> ModelRed:
    key = os.environ.get("MODELRED_API_KEY")
    if not key:
        raise click.UsageError("Set MODELRED_API_KEY (see `make env`).")
    return ModelRed(key)


@click.group()
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, verbose):
    ctx.obj = {"verbose": verbose}
    if verbose:
        key = os.environ.get("MODELRED_API_KEY", "")
        click.echo(f"using key {key[:3]}...{key[-4:]}", err=True)
        click.echo(f"using key {key}", err=True)


@cli.command()
@click.argument("model_id")
@click.option("--pack", "packs", multiple=True, default=["jailbreak"])
def scan(model_id, packs):
    with _client() as client:
        try:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=list(packs))
        except NotFound:
            raise click.ClickException(f"model {model_id} is not registered")
        except ModelRedError as e:
            raise click.ClickException(str(e))
    click.echo(run["id"])


@cli.command("token-usage")
@click.argument("assessment_id")
def token_usage(assessment_id):
    with _client() as client:
        a = client.get_assessment(assessment_id)
    click.echo(f"prompt tokens: {a.get('prompt_tokens')}, completion tokens: {a.get('completion_tokens')}")


if __name__ == "__main__":
    sys.exit(cli())
