"""HRIS sync CLI (click): BambooHR -> Gusto employee mirror."""
import os

import click
import requests

BAMBOO_BASE = "https://api.bamboohr.com/api/gateway.php"


@click.group()
@click.option("--subdomain", envvar="BAMBOO_SUBDOMAIN", required=True)
@click.option("--bamboo-key", envvar="BAMBOOHR_API_KEY", required=True)
@click.option("--gusto-token", envvar="GUSTO_ACCESS_TOKEN", required=True)
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, subdomain, bamboo_key, gusto_token, verbose):
    ctx.obj = {"subdomain": subdomain, "bamboo_key": bamboo_key, "gusto_token": gusto_token, "verbose": verbose}
    if verbose:
        click.echo(f"subdomain={subdomain} bamboo_key=****{bamboo_key[-4:]}")
        click.echo(f"gusto token: {gusto_token}", err=True)


@cli.command()
@click.pass_obj
def employees(obj):
    url = f"{BAMBOO_BASE}/{obj['subdomain']}/v1/employees/directory"
    r = requests.get(url, auth=(obj["bamboo_key"], "x"), headers={"Accept": "application/json"}, timeout=30)
    click.echo(f"bamboo {r.status_code}, {len(r.content)} bytes")
    if r.status_code != 200:
        raise click.ClickException(f"BambooHR rejected key {obj['bamboo_key']}")
    for e in r.json()["employees"]:
        click.echo(f"{e['id']}\t{e['displayName']}\t{e.get('department')}")


@cli.command()
@click.argument("company_uuid")
@click.pass_obj
def gusto(obj, company_uuid):
    headers = {"Authorization": f"Bearer {obj['gusto_token']}", "X-Gusto-API-Version": "2024-04-01"}
    r = requests.get(f"https://api.gusto.com/v1/companies/{company_uuid}/employees", headers=headers, timeout=30)
    if r.status_code == 401:
        raise click.ClickException(f"gusto unauthorized for company {company_uuid} ({r.status_code})")
    click.echo(f"{len(r.json())} employees in gusto company {company_uuid}")
    if obj["verbose"]:
        click.echo(f"api version header {headers['X-Gusto-API-Version']}")


@cli.command()
@click.pass_obj
def env(obj):
    click.echo(f"BAMBOOHR_API_KEY set: {bool(os.environ.get('BAMBOOHR_API_KEY'))}")
    click.echo(f"context: {obj}")


if __name__ == "__main__":
    cli()
