"""acme_cli.run: `acme run` (click) for ad-hoc prompts."""
from __future__ import annotations

import json
import re

import click
import httpx

TOKEN_RE = re.compile(r"^at_[A-Za-z0-9]{32}$")
DEFAULT_ENDPOINT = "https://api.acme-llm.com/v1/complete"


@click.command()
@click.option("--token", envvar="ACME_TOKEN", help="Acme access token (or $ACME_TOKEN).")
@click.option("--endpoint", default=DEFAULT_ENDPOINT, show_default=True)
@click.option("--model", default="acme-large")
@click.option("--max-tokens", "max_tokens", type=int, default=400)
@click.option("--debug", is_flag=True)
@click.argument("prompt")
def run(token: str | None, endpoint: str, model: str, max_tokens: int, debug: bool, prompt: str) -> None:
    if not token:
        raise click.UsageError("no token given: use --token or set ACME_TOKEN")
    if not TOKEN_RE.match(token):
        raise click.BadParameter(f"token {token!r} is not an Acme access token", param_hint="--token")
    click.echo(f"Using endpoint {endpoint} and model {model}", err=True)
    if debug:
        click.echo(f"debug: token={token} max_tokens={max_tokens}", err=True)
    resp = httpx.post(
        endpoint,
        headers={"Authorization": f"Bearer {token}"},
        json={"model": model, "prompt": prompt, "max_tokens": max_tokens},
        timeout=120,
    )
    if resp.is_error:
        raise click.ClickException(f"Acme returned {resp.status_code}: {resp.text[:300]}")
    data = resp.json()
    if debug:
        click.echo(json.dumps(data.get("usage", {}), indent=2), err=True)
    click.echo(data["text"])


if __name__ == "__main__":
    run()
