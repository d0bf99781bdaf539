"""eld-tool: assign unassigned drive time to the right driver, with an LLM suggestion."""
import json
import logging
import os

import click
import requests
from modelred import ModelRed, APIError

log = logging.getLogger("eld_tool")
ELD_BASE = "https://api.eld-provider.example/v2"
TOKEN_ENV = "ELD_API_TOKEN"


@click.group()
@click.option("--token", envvar=TOKEN_ENV, required=True, help=f"ELD API token (or ${TOKEN_ENV})")
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, token, verbose):
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)
    ctx.obj = {"token": token, "verbose": verbose}
    if verbose:
        click.echo(f"token from --token/${TOKEN_ENV}: {token}", err=True)
        click.echo(f"token length {len(token)}, env var {TOKEN_ENV}", err=True)


@cli.command()
@click.argument("day")
@click.pass_obj
def unassigned(obj, day):
    r = requests.get(f"{ELD_BASE}/unassigned_driving", params={"date": day}, headers={"Authorization": f"Bearer {obj['token']}"}, timeout=30)
    click.echo(f"HTTP {r.status_code}")
    segments = r.json().get("segments", [])
    from openai import OpenAI

    llm = OpenAI()
    for seg in segments:
        hint = llm.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=60,
            messages=[{"role": "user", "content": f"Which driver most likely drove unit {seg['unit']} from {seg['start']} to {seg['end']}? Candidates: {seg['candidates']}"}],
        )
        click.echo(f"{seg['id']}: {hint.choices[0].message.content} ({hint.usage.total_tokens} tokens)")


@cli.command()
@click.option("--mr-key", envvar="MODELRED_API_KEY", required=True)
@click.pass_obj
def audit(obj, mr_key):
    try:
        with ModelRed(mr_key) as mr:
            click.echo(json.dumps(mr.list_assessments(), indent=2))
    except APIError as e:
        log.error("list_assessments failed: HTTP %s", e.status_code)
        log.debug("modelred key used: %s", mr_key)
        raise click.ClickException("could not list assessments (see log)")


if __name__ == "__main__":
    cli()
