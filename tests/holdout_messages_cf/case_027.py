import json
import os
import sys

import click
import requests
from modelred import ModelRed, ModelRedError, AuthenticationError

CONFIG_PATH = os.path.expanduser("~/.tourops/config.json")


def read_config():
    with open(CONFIG_PATH) as fh:
        return json.load(fh)


@click.group()
def cli():
    """Tour operator ops CLI: Viator product sync and safety scans."""


@cli.command()
@click.option("--show-secrets", is_flag=True)
def config(show_secrets):
    cfg = read_config()
    click.echo(f"config file: {CONFIG_PATH}")
    click.echo(f"viator partner id: {cfg.get('viator_partner_id')}")
    click.echo(f"viator key set: {bool(cfg.get('viator_api_key'))}")
    if show_secrets:
        click.echo(f"viator api key: {cfg.get('viator_api_key')}")
        click.echo(json.dumps(cfg, indent=2))


@cli.command()
@click.argument("product_code")
def product(product_code):
    cfg = read_config()
    r = requests.get(f"https://api.viator.com/partner/products/{product_code}", headers={"exp-api-key": cfg["viator_api_key"], "Accept-Language": "en-US", "Accept": "application/json;version=2.0"}, timeout=20)
    if r.status_code != 200:
        click.echo(f"viator {r.status_code}: {r.text[:200]}", err=True)
        sys.exit(1)
    p = r.json()
    click.echo(f"{p.get('productCode')}: {p.get('title')}")


@cli.command()
def scan():
    async def run():
        async with ModelRed(api_key=read_config()["modelred_api_key"]) as mr:
            return await mr.run_assessment(model_id="tour-guide-bot", test_suites=["basic_security"])
    import asyncio
    try:
        click.echo(asyncio.run(run()))
    except AuthenticationError:
        click.echo("ModelRed key rejected; run `tourops config` to check it", err=True)
    except ModelRedError as e:
        click.echo(f"scan failed: {type(e).__name__}", err=True)


if __name__ == "__main__":
    cli()
