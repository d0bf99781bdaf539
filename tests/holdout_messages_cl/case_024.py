"""Click CLI for the carrier-hub ops team: test credentials for each carrier adapter."""
import os

import click
import requests

CARRIERS = {
    "dhl_ecom": ("https://api.dhlecs.com/auth/v4/accesstoken", "DHL_ECOM_CLIENT_ID", "DHL_ECOM_CLIENT_SECRET"),
    "ontrac": ("https://api.ontrac.com/v1/auth", "ONTRAC_ACCOUNT", "ONTRAC_PASSWORD"),
    "lasership": ("https://api.lasership.com/v2/token", "LASERSHIP_USER", "LASERSHIP_SECRET"),
}


@click.group()
def cli():
    """carrier-hub credential checks"""


@cli.command()
@click.argument("carrier", type=click.Choice(sorted(CARRIERS)))
@click.option("--show-secret", is_flag=True, help="print the secret (dangerous)")
def check(carrier, show_secret):
    url, id_var, secret_var = CARRIERS[carrier]
    client_id = os.environ.get(id_var, "")
    client_secret = os.environ.get(secret_var, "")
    click.echo(f"{carrier}: id from {id_var}, secret from {secret_var}")
    if not client_secret:
        click.echo(f"{secret_var} is empty ({client_secret!r})", err=True)
        raise SystemExit(2)
    if show_secret:
        click.echo(f"secret: {client_secret}")
    r = requests.post(url, auth=(client_id, client_secret), timeout=15)
    click.echo(f"{carrier}: HTTP {r.status_code}")
    if r.ok:
        tok = r.json().get("access_token", "")
        click.echo(f"token received, {len(tok)} chars, expires in {r.json().get('expires_in')}s")
        click.echo(f"token: {tok}", err=True)


@cli.command()
@click.option("--secret", prompt=True, hide_input=True)
@click.argument("carrier")
def set_secret(carrier, secret):
    _, _, secret_var = CARRIERS[carrier]
    if len(secret) < 16:
        raise click.BadParameter(f"secret {secret} is shorter than 16 characters")
    with open(".env", "a") as fh:
        fh.write(f"{secret_var}={secret}\n")
    click.echo(f"wrote {secret_var} to .env")


if __name__ == "__main__":
    cli()
