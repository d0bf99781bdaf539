import logging

import click
from modelred import ModelRed, Unauthorized
from rich.console import Console
from rich.logging import RichHandler

logging.basicConfig(level="INFO", handlers=[RichHandler()])
log = logging.getLogger("mrcli")
console = Console(stderr=True)


@click.group()
@click.option("--api-key", envvar="MODELRED_API_KEY", required=True)
@click.pass_context
def cli(ctx, api_key):
    ctx.obj = {"api_key": api_key}
    log.info("api key loaded from %s", "MODELRED_API_KEY" if api_key else "nowhere")


@cli.command()
@click.pass_obj
def check(obj):
    api_key = obj["api_key"]
    try:
        with ModelRed(api_key) as client:
            client.list_models(limit=1)
    except Unauthorized:
        click.echo(f"Key rejected: {api_key}", err=True)
        raise SystemExit(1)
    click.secho("Key OK", fg="green")


@cli.command()
@click.pass_obj
def env(obj):
    console.print("MODELRED_API_KEY", "=", obj["api_key"])
    console.print(f"config keys: {', '.join(obj)}")


if __name__ == "__main__":
    cli()
