"""evalrun: a click CLI that runs prompt evals against a ModelRed-registered model."""
from __future__ import annotations

import logging
import os

import click
from modelred import ModelRed, APIError, Unauthorized

log = logging.getLogger("evalrun")


@click.group()
@click.option("--api-key", envvar="MODELRED_API_KEY", help="ModelRed key (mr_...)")
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx: click.Context, api_key: str | None, verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)
    if not api_key:
        raise click.UsageError("no key: pass --api-key or set MODELRED_API_KEY")
    if not api_key.startswith("mr_"):
        raise click.BadParameter(f"key {api_key!r} does not look like a ModelRed key")
    ctx.obj = {"api_key": api_key, "verbose": verbose}
    log.debug("using key ending %s", api_key[-4:])


@cli.command()
@click.argument("model_id")
@click.option("--pack", "packs", multiple=True, required=True)
@click.pass_obj
def run(obj: dict, model_id: str, packs: tuple[str, ...]) -> None:
    with ModelRed(obj["api_key"], timeout=30.0) as client:
        try:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=list(packs))
        except Unauthorized as e:
            log.error("rejected: %s", e)
            raise click.ClickException("ModelRed rejected the key") from None
        click.echo(f"assessment {job['id']} queued for {model_id}")
        if obj["verbose"]:
            click.echo(f"client settings: key={obj['api_key']} timeout=30")


def submit_quiet(api_key: str, model_id: str, packs: list[str]) -> dict:
    """Used by the CI wrapper; returns a status dict instead of exiting."""
    try:
        with ModelRed(api_key) as client:
            job = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except APIError as e:
        return {"ok": False, "error": str(e)}
    return {"ok": True, "id": job["id"]}


if __name__ == "__main__":
    os.environ.setdefault("EVALRUN_PROFILE", "default")
    cli()
