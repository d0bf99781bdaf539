"""sumo-llm: push LLM usage metrics and audit logs to a Sumo Logic HTTP source."""
import os

import click
import requests

SUMO_API = "https://api.sumologic.com/api/v1"


def sumo_auth() -> tuple[str, str]:
    return os.environ["SUMO_ACCESS_ID"], os.environ["SUMO_ACCESS_KEY"]


@click.group()
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, verbose):
    ctx.obj = {"verbose": verbose}


@cli.command()
@click.pass_context
def whoami(ctx):
    access_id, access_key = sumo_auth()
    r = requests.get(f"{SUMO_API}/account/accountOwner", auth=(access_id, access_key), timeout=10)
    click.echo(f"access id {access_id}: HTTP {r.status_code}")
    if ctx.obj["verbose"]:
        click.echo(f"access key: {access_key}")
    if r.status_code == 401:
        raise click.ClickException(f"Sumo rejected {access_id}:{access_key}")


@cli.command()
@click.argument("collector_url", envvar="SUMO_COLLECTOR_URL")
@click.option("--model", default="gpt-4o")
@click.option("--max-tokens", type=int, default=1024)
def push(collector_url, model, max_tokens):
    body = f"model={model} max_tokens={max_tokens}"
    r = requests.post(collector_url, data=body, headers={"X-Sumo-Category": "llm/usage"}, timeout=10)
    click.echo(f"pushed usage sample for {model} (max_tokens={max_tokens}): {r.status_code}")


@cli.command()
@click.option("--openai-key", envvar="OPENAI_API_KEY", required=True)
def usage(openai_key):
    r = requests.get("https://api.openai.com/v1/usage", headers={"Authorization": f"Bearer {openai_key}"}, timeout=10)
    if r.status_code != 200:
        click.echo(f"OpenAI usage API returned {r.status_code}: {r.text[:120]}", err=True)
        click.echo(f"key used: {openai_key}", err=True)
        raise SystemExit(1)
    click.echo(r.json())


if __name__ == "__main__":
    cli()
