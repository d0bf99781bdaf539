"""`llmtool config show`: layered configuration (defaults < XDG TOML < project TOML < env)."""
import json
import logging
import os
import tomllib
from pathlib import Path

import click

log = logging.getLogger(__name__)

XDG_CONFIG = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
DEFAULTS = {"model": "gpt-4o-mini", "max_tokens": 1024, "temperature": 0.2, "api_base": "https://api.openai.com/v1"}
SECRET_FIELDS = {"api_key", "modelred_api_key"}
ENV_MAP = {"LLMTOOL_MODEL": "model", "OPENAI_API_KEY": "api_key", "MODELRED_API_KEY": "modelred_api_key"}


def _read_toml(path: Path) -> dict:
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh).get("llmtool", {})


def load_config() -> dict:
    cfg = dict(DEFAULTS)
    for layer in (XDG_CONFIG / "llmtool" / "config.toml", Path.cwd() / "llmtool.toml"):
        cfg.update(_read_toml(layer))
        log.debug("applied layer %s (%d keys)", layer, len(cfg))
    for env_name, field in ENV_MAP.items():
        if env_name in os.environ:
            cfg[field] = os.environ[env_name]
            log.debug("override %s from %s", field, env_name)
    log.debug("merged config: %s", cfg)
    return cfg


@click.group()
def cli() -> None:
    """llmtool: small helpers around chat models."""


@cli.group()
def config() -> None:
    """Inspect configuration."""


@config.command("show")
@click.option("--json", "as_json", is_flag=True)
def show(as_json: bool) -> None:
    cfg = load_config()
    public = {k: v for k, v in cfg.items() if k not in SECRET_FIELDS}
    if as_json:
        click.echo(json.dumps(public, indent=2))
        return
    for name, value in sorted(public.items()):
        click.echo(f"{name:<14} {value}")
    for name in sorted(SECRET_FIELDS):
        click.echo(f"{name:<14} {'<set>' if cfg.get(name) else '<unset>'}")
    if cfg.get("api_key") and not str(cfg["api_key"]).startswith("sk-"):
        raise click.ClickException(f"api_key does not look like an OpenAI key: {cfg['api_key']}")


if __name__ == "__main__":
    cli()
