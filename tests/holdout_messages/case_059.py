"""`modelred-admin config show`: prints the effective configuration."""
import logging
import os
import textwrap
from pprint import pprint

import click

log = logging.getLogger("admin")


def effective() -> dict:
    return {
        "base_url": os.environ.get("MODELRED_BASE_URL", "https://app.modelred.ai"),
        "api_key": os.environ.get("MODELRED_API_KEY", ""),
        "auth_method": "api_key",
    }


@click.command("show")
@click.option("--reveal", is_flag=True)
def show(reveal: bool) -> None:
    cfg = effective()
    token = cfg["api_key"]
    click.echo(f"auth method: {cfg['auth_method']}, base url: {cfg['base_url']}")
    if reveal:
        click.echo(textwrap.dedent(f"""
            base_url = {cfg['base_url']}
            api_key  = {token}
        """))
        pprint(cfg)
    else:
        click.echo(f"api_key  = {'*' * 8}{token[-4:]}")
    logging.getLogger(__name__).debug("shown token %s", token)
    log.debug("padded %s", f"{token:>60}")
