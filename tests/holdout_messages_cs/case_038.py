"""collections-cli: small tools for the digital collections team."""
import json
import os
import sys

import click
import keyring
import requests

SERVICE = "collections-cli"


@click.group()
def cli():
    """Digital collections helpers."""


@cli.command()
@click.option("--service", default="openai", show_default=True)
def show_key(service):
    """Show which key is stored (masked)."""
    key = keyring.get_password(SERVICE, service)
    if key is None:
        click.echo(f"no key stored for {service} in keyring service {SERVICE}")
        sys.exit(1)
    click.echo(f"{service}: {key[:3]}...{key[-4:]} ({len(key)} chars)")


@cli.command()
@click.argument("service")
@click.option("--api-key", prompt=True, hide_input=True)
def set_key(service, api_key):
    """Store a key in the OS keyring."""
    if " " in api_key:
        raise click.BadParameter(f"key contains whitespace: {api_key!r}")
    keyring.set_password(SERVICE, service, api_key)
    click.echo(f"stored key for {service}")


@cli.command()
@click.argument("doi")
def orcid_for(doi):
    """Look up ORCID iDs of a DOI's authors via the ORCID public API."""
    token = keyring.get_password(SERVICE, "orcid-public")
    headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}
    r = requests.get("https://pub.orcid.org/v3.0/expanded-search/", params={"q": f"doi-self:{doi}"}, headers=headers, timeout=20)
    if r.status_code == 401:
        click.echo(f"ORCID rejected token {token}", err=True)
        sys.exit(2)
    rows = r.json().get("expanded-result") or []
    click.echo(json.dumps([{"orcid": x["orcid-id"], "name": f"{x['given-names']} {x['family-names']}"} for x in rows], indent=2))
    click.echo(f"{len(rows)} results, HTTP {r.status_code}", err=True)


@cli.command()
def env_check():
    """Report which provider variables are set."""
    for var in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY", "MODELRED_API_KEY"):
        click.echo(f"{var}: {'set' if os.environ.get(var) else 'missing'}")
    if os.environ.get("CLI_DEBUG"):
        click.echo(f"MODELRED_API_KEY={os.environ.get('MODELRED_API_KEY')}", err=True)


if __name__ == "__main__":
    cli()
