"""Keyring-backed credential helper used by the training CLI."""
import getpass
import logging

import click
import keyring

SERVICE = "acme-train"
log = logging.getLogger("creds")
KNOWN = {"openai": "OPENAI_API_KEY", "hf": "HF_TOKEN", "wandb": "WANDB_API_KEY", "modelred": "MODELRED_API_KEY"}


def get(name: str) -> str | None:
    value = keyring.get_password(SERVICE, name)
    log.debug("keyring lookup %s/%s -> %s", SERVICE, name, "hit" if value else "miss")
    return value


@click.group()
def creds():
    """Manage training credentials."""


@creds.command()
@click.argument("name", type=click.Choice(sorted(KNOWN)))
def set(name):  # noqa: A001
    secret = getpass.getpass(f"{KNOWN[name]}: ")
    if name == "modelred" and not secret.startswith("mr_"):
        raise click.BadParameter(f"ModelRed keys start with mr_, got {secret}")
    keyring.set_password(SERVICE, name, secret)
    click.echo(f"stored {name} in {keyring.get_keyring().name}")


@creds.command()
@click.option("--reveal", is_flag=True, help="print full values")
def show(reveal):
    for name, env in KNOWN.items():
        value = get(name)
        if value is None:
            click.echo(f"{name:10s} ({env}) not set")
        elif reveal:
            click.echo(f"{name:10s} {value}")
        else:
            click.echo(f"{name:10s} ...{value[-4:]}")


@creds.command()
@click.argument("name", type=click.Choice(sorted(KNOWN)))
def delete(name):
    keyring.delete_password(SERVICE, name)
    click.echo(f"deleted {name}")


if __name__ == "__main__":
    creds()
