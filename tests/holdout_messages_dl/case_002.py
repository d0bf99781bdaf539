"""promptctl config: profiles stored in ~/.config/promptctl/config.toml."""
import logging
import os
import sys
import tomllib
from pathlib import Path

import typer

app = typer.Typer(help="Manage promptctl profiles")
log = logging.getLogger(__name__)
CONFIG_PATH = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "promptctl" / "config.toml"
KEY_FIELD = "openai_api_key"


def load_profile(name: str) -> dict:
    with CONFIG_PATH.open("rb") as fh:
        data = tomllib.load(fh)
    profiles = data.get("profiles", {})
    if name not in profiles:
        raise KeyError(f"profile {name!r} not in {CONFIG_PATH}; have {sorted(profiles)}")
    return profiles[name]


@app.command()
def show(profile: str = "default", debug: bool = False) -> None:
    prof = load_profile(profile)
    openai_api_key = prof.get(KEY_FIELD, "")
    typer.echo(f"profile:  {profile}")
    typer.echo(f"model:    {prof.get('model', 'gpt-4o-mini')}")
    typer.echo(f"base_url: {prof.get('base_url')}")
    if debug:
        typer.echo(f"debug: raw api key {openai_api_key}")
    typer.echo(f"api key:  {'set' if openai_api_key else 'missing'}")
    typer.echo(f"key field: {KEY_FIELD}")


@app.command()
def check(profile: str = "default") -> None:
    prof = load_profile(profile)
    openai_api_key = prof.get(KEY_FIELD)
    if openai_api_key and not openai_api_key.startswith("sk-"):
        log.warning("profile %s has an odd key: %s", profile, openai_api_key)
        sys.exit(2)
    typer.echo(f"{profile}: ok ({len(openai_api_key or '')} chars)")


@app.command()
def path() -> None:
    typer.echo(str(CONFIG_PATH))


if __name__ == "__main__":
    app()
