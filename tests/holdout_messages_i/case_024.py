"""Click commands to manage provider keys stored in the OS keyring."""
import hashlib

import click
import httpx
import keyring

SERVICE = "llm-gateway"
PROVIDERS = ("openai", "anthropic", "mistral", "openrouter")
PREFIXES = {"openai": "sk-", "anthropic": "sk-ant-", "mistral": "", "openrouter": "sk-or-v1-"}


def _check_prefix(ctx, param, value):
    provider = ctx.params.get("provider", "openai")
    prefix = PREFIXES.get(provider, "")
    if value and prefix and not value.startswith(prefix):
        raise click.BadParameter(f"{value} does not start with {prefix}")
    return value


@click.group()
def cli() -> None:
    """Store and inspect provider keys."""


@cli.command()
@click.argument("provider", type=click.Choice(PROVIDERS))
@click.option("--key", prompt=True, hide_input=True, callback=_check_prefix)
def set_key(provider: str, key: str) -> None:
    keyring.set_password(SERVICE, provider, key)
    click.echo(f"stored {provider} key ending {key[-4:]} (sha256 {hashlib.sha256(key.encode()).hexdigest()[:12]})")


@cli.command()
@click.argument("provider", type=click.Choice(PROVIDERS))
def show(provider: str) -> None:
    secret = keyring.get_password(SERVICE, provider)
    if secret is None:
        click.echo(f"no key stored for {provider}", err=True)
        raise SystemExit(1)
    click.echo(f"{provider}: {secret[:4]}…{secret[-4:]}")


@cli.command()
@click.argument("provider", type=click.Choice(["openai", "openrouter"]))
def test(provider: str) -> None:
    secret = keyring.get_password(SERVICE, provider)
    base = "https://api.openai.com/v1" if provider == "openai" else "https://openrouter.ai/api/v1"
    resp = httpx.get(f"{base}/models", headers={"Authorization": f"Bearer {secret}"}, timeout=10)
    if resp.status_code != 200:
        click.echo(f"{provider} rejected key {secret} ({resp.status_code})", err=True)
        raise SystemExit(1)
    click.echo(f"{provider}: key works, {len(resp.json().get('data', []))} models visible")


if __name__ == "__main__":
    cli()
