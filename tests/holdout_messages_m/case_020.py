"""bootstrap.py: first-run setup that writes a .env for local development."""
import os
import re
from pathlib import Path

import click

ENV_FILE = Path(".env")
REQUIRED = {"MODELRED_API_KEY": r"^mr_[A-Za-z0-9]{20,}$", "OPENAI_API_KEY": r"^sk-[A-Za-z0-9_-]{20,}$"}


def ask(name: str, pattern: str) -> str:
    existing = os.environ.get(name, "")
    if existing:
        click.echo(f"{name}: taken from the environment ({len(existing)} chars)")
        value = existing
    else:
        value = click.prompt(name, hide_input=True)
    if not re.match(pattern, value):
        click.secho(f"{name} does not match {pattern}: {value}", fg="red", err=True)
        raise click.Abort()
    return value


@click.command()
@click.option("--force", is_flag=True)
def main(force: bool) -> None:
    if ENV_FILE.exists() and not force:
        click.secho(f"{ENV_FILE} exists; use --force", fg="yellow")
        return
    values = {name: ask(name, pat) for name, pat in REQUIRED.items()}
    ENV_FILE.write_text("".join(f"{k}={v}\n" for k, v in values.items()))
    ENV_FILE.chmod(0o600)
    click.secho(f"wrote {ENV_FILE} with {', '.join(values)}", fg="green")
    if os.environ.get("BOOTSTRAP_VERBOSE"):
        click.echo(values)


if __name__ == "__main__":
    main()
