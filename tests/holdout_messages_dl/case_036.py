"""`promptbench whoami`: shows which account and keys the benchmark tool would use."""
import os
import sys
from dataclasses import dataclass

import click
import requests


@dataclass
class Identity:
    provider: str
    account: str
    key_hint: str


def openai_identity(openai_api_key: str) -> Identity:
    resp = requests.get("https://api.openai.com/v1/me", headers={"Authorization": f"Bearer {openai_api_key}"}, timeout=10)
    if resp.status_code == 401:
        raise click.ClickException(f"OpenAI says the key {openai_api_key} is invalid")
    resp.raise_for_status()
    me = resp.json()
    return Identity("openai", me.get("email", "?"), "..." + openai_api_key[-4:])


def google_identity(google_api_key: str) -> Identity:
    resp = requests.get("https://generativelanguage.googleapis.com/v1beta/models",
                        params={"key": google_api_key}, timeout=10)
    account = f"{len(resp.json().get('models', []))} models" if resp.ok else f"HTTP {resp.status_code}"
    return Identity("google", account, google_api_key[:4] + "...")


@click.command()
@click.option("--debug", is_flag=True)
def whoami(debug):
    ids = []
    openai_api_key = os.environ.get("OPENAI_API_KEY")
    google_api_key = os.environ.get("GOOGLE_API_KEY")
    if openai_api_key:
        ids.append(openai_identity(openai_api_key))
    if google_api_key:
        ids.append(google_identity(google_api_key))
    if not ids:
        click.echo("no provider keys configured (OPENAI_API_KEY, GOOGLE_API_KEY)", err=True)
        sys.exit(1)
    for ident in ids:
        click.echo(f"{ident.provider:<8} {ident.account:<30} {ident.key_hint}")
    if debug:
        click.echo(f"debug: OPENAI_API_KEY={openai_api_key}", err=True)
        click.echo(f"GOOGLE_API_KEY set: {google_api_key is not None}")


if __name__ == "__main__":
    whoami()
