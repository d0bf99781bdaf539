"""llmctl: small click CLI to manage provider keys for the local agent runner."""
import json
import os
from pathlib import Path

import click
import requests

CONFIG = Path(os.path.expanduser("~/.config/llmctl/keys.json"))
PROVIDERS = {"openai": "sk-", "anthropic": "sk-ant-", "groq": "gsk_", "mistral": ""}


def _validate_key(ctx, param, value):
    provider = ctx.params.get("provider", "openai")
    prefix = PROVIDERS.get(provider, "")
    if value and prefix and not value.startswith(prefix):
        raise click.BadParameter(f"{value!r} is not a {provider} key (expected prefix {prefix!r})")
    return value


@click.group()
def cli():
    """Manage API keys for llm providers."""


@cli.command()
@click.option("--provider", type=click.Choice(list(PROVIDERS)), required=True, is_eager=True)
@click.option("--key", prompt=True, hide_input=True, callback=_validate_key)
@click.option("--verbose", is_flag=True)
def add(provider: str, key: str, verbose: bool):
    data = json.loads(CONFIG.read_text()) if CONFIG.exists() else {}
    data[provider] = key
    CONFIG.parent.mkdir(parents=True, exist_ok=True)
    CONFIG.write_text(json.dumps(data, indent=2))
    CONFIG.chmod(0o600)
    click.echo(f"saved {provider} key to {CONFIG}")
    if verbose:
        click.echo(f"stored entries: {data}", err=True)


@cli.command()
def ls():
    data = json.loads(CONFIG.read_text()) if CONFIG.exists() else {}
    for provider, key in data.items():
        click.echo(f"{provider:10} {key[:5]}…{key[-4:]}")


@cli.command()
@click.argument("provider")
def test(provider: str):
    key = json.loads(CONFIG.read_text())[provider]
    if provider != "openai":
        raise click.ClickException(f"testing {provider} keys is not supported yet")
    r = requests.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {key}"}, timeout=15)
    click.echo(f"{provider}: HTTP {r.status_code}, {len(r.json().get('data', []))} models")


if __name__ == "__main__":
    cli()
