import os
import sys
import time

import click
import requests

API = "https://api.lossrun-vendor.example.com/v2"


@click.group()
@click.option("--api-key", envvar="LOSSRUN_API_KEY", required=True, help="Loss-run vendor API key")
@click.option("--account", envvar="LOSSRUN_ACCOUNT", default="default")
@click.pass_context
def cli(ctx, api_key, account):
    """Fetch commercial loss runs for underwriting submissions."""
    ctx.obj = {"api_key": api_key, "account": account}


@cli.command()
@click.argument("fein")
@click.option("--years", default=5, show_default=True)
@click.pass_obj
def fetch(obj, fein, years):
    click.echo(f"requesting {years}y loss runs for FEIN {fein} on account {obj['account']}")
    r = requests.post(f"{API}/lossruns", json={"fein": fein, "years": years}, headers={"x-api-key": obj["api_key"]}, timeout=30)
    if r.status_code == 401:
        click.echo(f"vendor rejected key {obj['api_key']}", err=True)
        sys.exit(2)
    if r.status_code == 429:
        click.echo(f"rate limited, retry-after={r.headers.get('Retry-After')}", err=True)
        sys.exit(3)
    r.raise_for_status()
    job = r.json()["job_id"]
    for _ in range(30):
        s = requests.get(f"{API}/lossruns/{job}", headers={"x-api-key": obj["api_key"]}, timeout=30).json()
        if s["status"] == "done":
            click.echo(s["download_url"])
            return
        time.sleep(5)
    raise click.ClickException(f"job {job} did not finish")


@cli.command()
@click.pass_obj
def whoami(obj):
    key = obj["api_key"]
    click.echo(f"account={obj['account']} key=...{key[-4:]} len={len(key)}")
    if os.environ.get("LOSSRUN_DEBUG"):
        click.secho(f"key starts {key[:4]}", fg="yellow", err=True)


if __name__ == "__main__":
    cli()
