"""Click CLI for managing ModelRed keys across environments."""
import hashlib
import os

import click

KEY_ENV = "MODELRED_API_KEY"


def _validate_key(ctx, param, value):
    if value is None:
        return value
    if not value.startswith("mr_"):
        raise click.BadParameter(f"{value!r} is not a ModelRed key")
    return value


@click.group()
@click.option("--api-key", envvar=KEY_ENV, callback=_validate_key, help="ModelRed API key")
@click.pass_context
def cli(ctx, api_key):
    ctx.obj = {"api_key": api_key}


@cli.command()
@click.pass_obj
def whoami(obj):
    key = obj["api_key"]
    fingerprint = hashlib.sha256(key.encode()).hexdigest()[:12]
    click.echo(f"key fingerprint: {fingerprint}")
    click.echo(f"key source: ${KEY_ENV}")


@cli.command()
@click.option("--show", is_flag=True, help="Print the key itself")
@click.pass_obj
def export(obj, show):
    if show:
        click.echo(f"export {KEY_ENV}={obj['api_key']}")
    else:
        click.echo(f"export {KEY_ENV}=<hidden, {len(obj['api_key'])} chars>")


@cli.command()
@click.argument("env_name")
def check(env_name):
    value = os.environ.get(env_name)
    status = "set" if value else "missing"
    click.secho(f"{env_name}: {status}", fg="green" if value else "red")


if __name__ == "__main__":
    cli()
