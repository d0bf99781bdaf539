"""Pentest engagement CLI (click) wrapping nmap + gen-3 ModelRed checks of the report bot."""
import os

import click
from modelred import ModelRed, ModelRedError, NotFound, Forbidden

KEY_ENV = "MODELRED_API_KEY"


def client_from_env():
    key = os.environ.get(KEY_ENV, "")
    if not key:
        raise click.UsageError(f"{KEY_ENV} is not set")
    return ModelRed(key, timeout=15.0)


@click.group()
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, verbose):
    ctx.obj = {"verbose": verbose}


@cli.command()
@click.argument("assessment_id")
@click.pass_context
def status(ctx, assessment_id):
    with client_from_env() as mr:
        try:
            a = mr.get_assessment(assessment_id)
        except NotFound:
            click.echo(f"no assessment {assessment_id}", err=True)
            return
        except Forbidden as e:
            click.echo(f"forbidden ({type(e).__name__})", err=True)
            return
    click.echo(f"{assessment_id}: {a.get('status')}")


@cli.command()
@click.option("--key", envvar=KEY_ENV, required=True)
@click.pass_context
def whoami(ctx, key):
    if ctx.obj["verbose"]:
        click.echo(f"using key {key}", err=True)
    click.echo(f"key ...{key[-4:]}")
    with ModelRed(key) as mr:
        click.echo(f"{len(mr.list_models())} models visible")


@cli.command()
@click.argument("model_id")
def start(model_id):
    with client_from_env() as mr:
        try:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=["owasp-llm-top10"])
        except ModelRedError as e:
            raise click.ClickException(f"could not start ({type(e).__name__})")
    click.echo(f"started {job['id']}")


if __name__ == "__main__":
    cli()
