"""Veterans-benefits chatbot: admin CLI (click) for managing provider keys in the keyring."""
import logging

import click
import keyring
from keyring.errors import PasswordDeleteError

SERVICE = "va-benefits-chatbot"
PROVIDERS = ("openai", "anthropic", "modelred")
log = logging.getLogger("vabot.admin")


@click.group()
def cli():
    """Manage chatbot credentials on this host."""


@cli.command()
@click.argument("provider", type=click.Choice(PROVIDERS))
@click.option("--key", prompt=True, hide_input=True)
def set_key(provider, key):
    keyring.set_password(SERVICE, provider, key)
    click.echo(f"stored {provider} key in keyring service {SERVICE}")
    click.echo(f"fingerprint …{key[-4:]}")


@cli.command()
@click.argument("provider", type=click.Choice(PROVIDERS))
@click.option("--reveal", is_flag=True)
def show(provider, reveal):
    secret = keyring.get_password(SERVICE, provider)
    if secret is None:
        click.echo(f"no {provider} key stored (got {secret!r})", err=True)
        raise SystemExit(1)
    if reveal:
        click.echo(f"{provider}: {secret}")
    else:
        click.echo(f"{provider}: set ({len(secret)} chars)")


@cli.command()
@click.argument("provider", type=click.Choice(PROVIDERS))
def delete(provider):
    old = keyring.get_password(SERVICE, provider)
    try:
        keyring.delete_password(SERVICE, provider)
    except PasswordDeleteError as err:
        log.error("could not delete %s: %s", provider, err)
        raise click.ClickException(f"delete failed for {provider}")
    log.info("deleted %s key %s from %s", provider, old, SERVICE)


if __name__ == "__main__":
    cli()
