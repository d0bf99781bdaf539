"""Tiny click wrapper around ModelRed so I don't have to remember the API."""
import logging
import os

import click
from modelred import ModelRed, ModelRedError, AuthenticationError

log = logging.getLogger("mrcli")


def _key(explicit):
    key = explicit or os.environ.get("MODELRED_API_KEY")
    if not key:
        raise click.UsageError(f"no API key (got {key!r}); pass --api-key or set MODELRED_API_KEY")
    if not key.startswith("mr_"):
        raise click.BadParameter(f"API key {key} does not look like a ModelRed key")
    return key


@click.group()
@click.option("--api-key", envvar=None, help="ModelRed key (default: $MODELRED_API_KEY)")
@click.option("-v", "--verbose", is_flag=True)
@click.pass_context
def cli(ctx, api_key, verbose):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)
    ctx.obj = {"api_key": _key(api_key), "verbose": verbose}
    log.debug("context: %s", ctx.obj)
    log.debug("verbose=%s", ctx.obj["verbose"])


@cli.command()
@click.argument("model_id")
@click.argument("suites", nargs=-1)
@click.pass_obj
def scan(obj, model_id, suites):
    async def go():
        async with ModelRed(api_key=obj["api_key"]) as mr:
            return await mr.run_assessment(model_id=model_id, test_suites=list(suites) or ["basic"])

    import asyncio
    try:
        res = asyncio.run(go())
    except AuthenticationError:
        click.echo("key rejected - check MODELRED_API_KEY", err=True)
        raise SystemExit(2)
    except ModelRedError as e:
        log.error("scan failed: %s", e)
        raise SystemExit(1)
    click.echo(f"started {res['assessment_id']}")


if __name__ == "__main__":
    cli()
