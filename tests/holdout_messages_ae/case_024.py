"""`mrx` click group: profiles, context object and a whoami command."""
import logging
import os

import click
from modelred import ModelRed, ModelRedError

log = logging.getLogger("mrx")


@click.group()
@click.option("--profile", default=lambda: os.environ.get("MRX_PROFILE", "default"))
@click.option("--api-key", envvar="MODELRED_API_KEY", default=None)
@click.option("-v", "--verbose", count=True)
@click.pass_context
def cli(ctx: click.Context, profile: str, api_key: str | None, verbose: int) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose > 1 else logging.INFO)
    ctx.obj = {"profile": profile, "api_key": api_key, "org": os.environ.get("MRX_ORG", "")}
    log.debug("context: %s", ctx.obj)
    log.debug("profile=%s org=%s", ctx.obj["profile"], ctx.obj["org"])


@cli.command()
@click.pass_obj
def whoami(obj: dict) -> None:
    if not obj["api_key"]:
        raise click.UsageError("no API key: use --api-key or MODELRED_API_KEY")
    click.echo(f"profile: {obj['profile']}")
    click.echo(f"org:     {obj['org'] or '-'}")
    click.echo(f"key:     {obj['api_key'][:3]}…{obj['api_key'][-4:]}")


@cli.command()
@click.argument("model_id")
@click.pass_obj
def status(obj: dict, model_id: str) -> None:
    client = ModelRed(obj["api_key"], timeout=10.0)
    try:
        page = client.list_assessments(model_id=model_id, limit=5)
    except ModelRedError as e:
        log.error("list_assessments failed: %s (%s)", type(e).__name__, getattr(e, "status_code", None))
        raise click.ClickException("could not fetch assessments")
    for a in page.get("data", []):
        click.echo(f"{a['id']}  {a['status']:<10} {a.get('score', '-')}")


@cli.command("use-key")
@click.argument("new_key")
@click.pass_obj
def use_key(obj: dict, new_key: str) -> None:
    if new_key == obj["api_key"]:
        raise click.BadParameter(f"{new_key} is already the active key")
    obj["api_key"] = new_key
    click.echo("key switched for this invocation")


if __name__ == "__main__":
    cli()
