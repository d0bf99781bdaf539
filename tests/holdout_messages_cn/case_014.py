"""Keyring-backed credentials for the CX analytics CLI."""
import getpass
import logging

import click
import keyring

SERVICE = "cx-analytics"
log = logging.getLogger("cx.creds")

PROVIDERS = {
    "qualtrics": "QUALTRICS_API_TOKEN",
    "surveymonkey": "SURVEYMONKEY_ACCESS_TOKEN",
    "openai": "OPENAI_API_KEY",
    "modelred": "MODELRED_API_KEY",
}


@click.group()
def cli():
    """Manage stored API credentials."""


@cli.command()
@click.argument("provider", type=click.Choice(sorted(PROVIDERS)))
def set_key(provider: str):
    new_key = getpass.getpass(f"{provider} key: ")
    if not new_key:
        click.echo(f"nothing stored for {provider} (empty input {new_key!r})", err=True)
        return
    keyring.set_password(SERVICE, provider, new_key)
    click.echo(f"stored {provider} key ending {new_key[-4:]} in {keyring.get_keyring().name}")


@cli.command()
@click.argument("provider", type=click.Choice(sorted(PROVIDERS)))
@click.option("--reveal", is_flag=True)
def show_key(provider: str, reveal: bool):
    stored = keyring.get_password(SERVICE, provider)
    if stored is None:
        click.echo(f"no key stored; set one or export {PROVIDERS[provider]}")
        return
    if reveal:
        click.echo(f"{provider}: {stored}")
    else:
        click.echo(f"{provider}: {'*' * 8}{stored[-4:]}")


@cli.command()
def doctor():
    for provider, env in PROVIDERS.items():
        val = keyring.get_password(SERVICE, provider)
        log.debug("doctor %s -> %s", provider, val)
        click.echo(f"{provider:<14} {'ok' if val else 'missing':<8} (env fallback {env})")


if __name__ == "__main__":
    cli()
