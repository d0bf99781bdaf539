"""`probes` subcommands (click, generation 2 `ModelRedClient`), with --json output for scripts."""
from __future__ import annotations

import json
import logging
import os

import click
import modelred as mr

log = logging.getLogger("probes")


def fetch_probes(key: str, category: str | None) -> dict:
    try:
        client = mr.ModelRedClient(api_key=key)
        probes = client.list_probes()
    except mr.ValidationError as e:
        return {"ok": False, "error": "bad request", "kind": type(e).__name__}
    except mr.ModelRedError as e:
        log.debug("list_probes raised %r", e)
        return {"ok": False, "error": f"{e}"}
    if category:
        probes = [p for p in probes if p.get("category") == category]
    return {"ok": True, "probes": probes}


@click.group()
@click.option("--debug-http", is_flag=True, help="print request details to stderr")
@click.pass_context
def probes(ctx: click.Context, debug_http: bool) -> None:
    key = os.environ.get("MODELRED_API_KEY", "")
    ctx.obj = {"key": key, "debug": debug_http}
    if debug_http:
        click.echo(f"> Authorization: Bearer {key}", err=True)
        click.echo(f"> User-Agent: probes-cli/{os.environ.get('PROBES_VERSION', 'dev')}", err=True)


@probes.command("list")
@click.option("--category")
@click.option("--json", "as_json", is_flag=True)
@click.pass_obj
def list_cmd(obj: dict, category: str | None, as_json: bool) -> None:
    result = fetch_probes(obj["key"], category)
    if as_json:
        click.echo(json.dumps(result))
        return
    if not result["ok"]:
        raise click.ClickException("could not list probes (use --json for details)")
    for p in result["probes"]:
        click.echo(f"{p['name']:<32} {p.get('category', '-'):<16} {p.get('severity', '')}")


@probes.command("count")
@click.pass_obj
def count(obj: dict) -> None:
    result = fetch_probes(obj["key"], None)
    click.echo(len(result.get("probes", [])))


if __name__ == "__main__":
    probes()
