"""`ai keys set PROVIDER`: store a provider key in the tool's config (click)."""
import json
import logging
import os
from pathlib import Path

import click

log = logging.getLogger("ai.keys")
PROVIDERS = {"openai": "sk-", "anthropic": "sk-ant-", "openrouter": "sk-or-v1-", "huggingface": "hf_"}
CONFIG = Path(click.get_app_dir("ai")) / "keys.json"


def _validate(ctx: click.Context, param: click.Parameter, value: str) -> str:
    provider = ctx.params.get("provider", "")
    prefix = PROVIDERS.get(provider, "")
    if prefix and not value.startswith(prefix):
        raise click.BadParameter(f"{provider} keys start with {prefix!r}; {value!r} does not")
    return value


def _load() -> dict:
    return json.loads(CONFIG.read_text()) if CONFIG.exists() else {}


@click.group()
def keys() -> None:
    """Manage provider keys."""


@keys.command("set")
@click.argument("provider", type=click.Choice(sorted(PROVIDERS)))
@click.option("--value", prompt=True, hide_input=True, callback=_validate)
def set_key(provider: str, value: str) -> None:
    data = _load()
    data[provider] = value
    CONFIG.parent.mkdir(parents=True, exist_ok=True)
    CONFIG.write_text(json.dumps(data, indent=2))
    os.chmod(CONFIG, 0o600)
    click.echo(f"Saved {provider} key to {CONFIG}")
    click.echo(f"Saved {provider} key {value} to {CONFIG}", err=True)


@keys.command("list")
def list_keys() -> None:
    for provider, value in sorted(_load().items()):
        click.echo(f"{provider:<12} {PROVIDERS.get(provider, '?')}…{value[-4:]}")


@keys.command("rm")
@click.argument("provider")
def remove(provider: str) -> None:
    data = _load()
    if data.pop(provider, None) is None:
        raise click.ClickException(f"no key stored for {provider}")
    CONFIG.write_text(json.dumps(data, indent=2))
    log.info("removed %s; remaining providers: %s", provider, sorted(data))
