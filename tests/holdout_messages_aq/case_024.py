"""irrops: command-line helper for disruption rebooking runs (click)."""
import os

import click
import requests
from mistralai import Mistral


@click.group()
@click.option("--api-key", envvar="MISTRAL_API_KEY", required=True, help="Mistral API key")
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, api_key, verbose):
    ctx.obj = {"client": Mistral(api_key=api_key), "verbose": verbose, "api_key": api_key}
    if verbose:
        click.echo(f"using Mistral key {api_key}", err=True)
        click.echo(f"key length {len(api_key)}", err=True)


@cli.command()
@click.argument("flight")
@click.option("--max-tokens", default=400, show_default=True)
@click.pass_context
def rebook(ctx, flight, max_tokens):
    ops_token = os.environ.get("OPS_API_TOKEN")
    r = requests.get(f"https://ops.internal/flights/{flight}/pax", headers={"Authorization": f"Token {ops_token}"})
    if r.status_code != 200:
        click.echo(f"ops API said {r.status_code}: {r.text}", err=True)
        raise click.ClickException(f"cannot read passengers with token {ops_token}")
    pax = r.json()
    out = ctx.obj["client"].chat.complete(
        model="mistral-small-latest",
        max_tokens=max_tokens,
        messages=[{"role": "user", "content": f"Propose rebooking for {len(pax)} passengers of {flight}"}],
    )
    click.echo(out.choices[0].message.content)
    click.echo(f"tokens: {out.usage.total_tokens} / max_tokens {max_tokens}")


@cli.command()
@click.pass_context
def whoami(ctx):
    click.echo({k: v for k, v in ctx.obj.items() if k != "api_key" and k != "client"})
    click.echo(ctx.obj)


if __name__ == "__main__":
    cli()
