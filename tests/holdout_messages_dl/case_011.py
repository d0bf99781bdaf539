"""`codeassist config show` / `config set` for a coding assistant; settings in ~/.config/codeassist/settings.json."""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path

import click

SETTINGS = Path.home() / ".config" / "codeassist" / "settings.json"
log = logging.getLogger("codeassist.config")


@dataclass
class Settings:
    provider: str = "anthropic"
    model: str = "claude-3-5-sonnet-latest"
    max_tokens: int = 4096
    anthropic_api_key: str = field(default="", repr=False)
    telemetry: bool = False

    @classmethod
    def load(cls) -> "Settings":
        if not SETTINGS.exists():
            return cls()
        return cls(**json.loads(SETTINGS.read_text()))


@click.group()
def config() -> None:
    """Show or change settings."""


@config.command("show")
@click.option("--json", "as_json", is_flag=True)
def show(as_json: bool) -> None:
    s = Settings.load()
    if as_json:
        click.echo(json.dumps(asdict(s), indent=2))
        return
    click.echo(repr(s))
    click.echo(f"max_tokens = {s.max_tokens}")


@config.command("set")
@click.argument("name")
@click.argument("value")
def set_(name: str, value: str) -> None:
    s = Settings.load()
    if not hasattr(s, name):
        raise click.BadParameter(f"unknown setting {name!r}")
    if name == "max_tokens":
        value = int(value)
    setattr(s, name, value)
    SETTINGS.parent.mkdir(parents=True, exist_ok=True)
    SETTINGS.write_text(json.dumps(asdict(s), indent=2))
    if name == "anthropic_api_key":
        log.info("anthropic_api_key updated to %s", s.anthropic_api_key)
    else:
        log.info("%s updated to %s", name, value)


if __name__ == "__main__":
    config()
