"""Feature flags stored in Redis, with an admin CLI; provider keys per flag variant."""
import json
import sys
import warnings

import click
import redis

r = redis.Redis.from_url("redis://flags.internal:6379/2")
FLAG_PREFIX = "ff:"
API_KEY_FIELD = "provider_api_key"


def load_flag(name):
    raw = r.get(FLAG_PREFIX + name)
    if raw is None:
        raise KeyError(f"no flag {name}")
    return json.loads(raw)


@click.group()
def cli():
    """Manage LLM feature flags."""


@cli.command()
@click.argument("name")
def show(name):
    flag = load_flag(name)
    safe = {k: v for k, v in flag.items() if k != API_KEY_FIELD}
    click.echo(json.dumps(safe, indent=2))
    click.echo(f"{API_KEY_FIELD}: {'set' if flag.get(API_KEY_FIELD) else 'unset'}")


@cli.command()
@click.argument("name")
@click.option("--variant", default="gpt-4o-mini")
@click.option("--api-key", envvar="FLAG_PROVIDER_KEY", required=True)
def set_variant(name, variant, api_key):
    flag = load_flag(name)
    if not api_key.startswith(("sk-", "sk-ant-")):
        warnings.warn(f"{name}: provider key {api_key} does not look like an OpenAI or Anthropic key")
    flag.update({"variant": variant, API_KEY_FIELD: api_key, "max_tokens": flag.get("max_tokens", 512)})
    r.set(FLAG_PREFIX + name, json.dumps(flag))
    click.echo(f"updated {name}: variant={variant} max_tokens={flag['max_tokens']}")


@cli.command()
@click.argument("name")
def dump(name):
    flag = load_flag(name)
    click.echo(f"{name} -> {flag['variant']} using {flag['provider_api_key']}", err=True)


if __name__ == "__main__":
    sys.exit(cli())
