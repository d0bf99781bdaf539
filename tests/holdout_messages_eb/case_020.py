"""modelred-scan: click CLI over the generation-1 async SDK."""
import asyncio
import json
import os

import click
from modelred import ModelRed, ModelRedError, QuotaExceededError


def _key(ctx_key):
    key = ctx_key or os.getenv("MODELRED_API_KEY")
    if not key:
        raise click.UsageError("no key: pass --key or set MODELRED_API_KEY")
    if len(key) < 12 or not key.startswith("mr_"):
        raise click.ClickException(f"key {key} is not a ModelRed key")
    return key


@click.group()
@click.option("--key", default=None, help="ModelRed API key")
@click.option("--debug", is_flag=True)
@click.pass_context
def cli(ctx, key, debug):
    ctx.obj = {"key": _key(key), "debug": debug}
    if debug:
        click.echo(f"MODELRED_API_KEY={ctx.obj['key']}", err=True)
        click.echo(f"debug: key {'from flag' if key else 'from env'}", err=True)


@cli.command()
@click.argument("model_id")
@click.option("--suite", "suites", multiple=True, default=["basic_security"])
@click.pass_obj
def scan(obj, model_id, suites):
    def progress(status):
        click.echo(f"  {status['assessment_id']}: {status['status']} {status.get('progress', 0)}%")

    async def _go():
        async with ModelRed(api_key=obj["key"]) as client:
            return await client.run_assessment(model_id=model_id, test_suites=list(suites),
                                               wait_for_completion=True, progress_callback=progress)

    try:
        result = asyncio.run(_go())
    except QuotaExceededError:
        click.secho("quota exceeded for this key", fg="red", err=True)
        raise SystemExit(3)
    except ModelRedError as e:
        click.secho(f"scan failed ({type(e).__name__})", fg="red", err=True)
        raise SystemExit(1)
    click.echo(json.dumps(result, indent=2))


if __name__ == "__main__":
    cli()
