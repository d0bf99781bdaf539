"""Profile switcher for an OpenAI-compatible gateway CLI; profiles live in ~/.config/gwcli/profiles.yaml."""
import logging
import os
from pathlib import Path

import click
import yaml

PROFILES = Path(os.path.expanduser("~/.config/gwcli/profiles.yaml"))
ACTIVE = PROFILES.with_name("active")
log = logging.getLogger("gwcli.profile")


def read_profiles() -> dict:
    return yaml.safe_load(PROFILES.read_text()) or {}


@click.group()
def profile():
    pass


@profile.command("list")
def list_profiles():
    active = ACTIVE.read_text().strip() if ACTIVE.exists() else None
    for name, prof in read_profiles().items():
        mark = "*" if name == active else " "
        click.echo(f"{mark} {name:<12} {prof.get('base_url')}  org={prof.get('organization', '-')}")


@profile.command("use")
@click.argument("name")
def use(name):
    profs = read_profiles()
    if name not in profs:
        raise click.ClickException(f"no profile {name}; choose from {', '.join(profs)}")
    ACTIVE.write_text(name)
    prof = profs[name]
    log.info("switched to %s (%s)", name, prof.get("base_url"))
    if os.environ.get("GWCLI_DEBUG"):
        log.debug("profile %s: %s", name, prof)
    gateway_key = prof.get("api_key")
    if gateway_key and " " in gateway_key:
        raise click.ClickException(f"api_key {gateway_key!r} in profile {name} contains spaces")


@profile.command("export")
@click.argument("name")
@click.argument("target", type=click.Path())
def export(name, target):
    prof = read_profiles()[name]
    Path(target).write_text(f"OPENAI_BASE_URL={prof.get('base_url')}\nOPENAI_API_KEY={prof.get('api_key')}\n")
    click.echo(f"wrote {target} for profile {name} ({prof.get('base_url')})")
    log.debug("exported key %s for profile %s", prof.get("api_key"), name)


if __name__ == "__main__":
    profile()
