"""acme_cli.auth: `acme auth login|status|logout` (typer)."""
from __future__ import annotations

import os
import tomllib
from pathlib import Path

import httpx
import typer

app = typer.Typer(help="Manage Acme credentials.")
CRED_PATH = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "acme" / "credentials.toml"
VERIFY_URL = "https://api.acme-llm.com/v1/auth/whoami"


def _write_profile(profile: str, api_key: str) -> None:
    CRED_PATH.parent.mkdir(parents=True, exist_ok=True)
    data = tomllib.loads(CRED_PATH.read_text()) if CRED_PATH.exists() else {}
    data.setdefault("profiles", {})[profile] = {"api_key": api_key}
    lines = []
    for name, values in data["profiles"].items():
        lines.append(f"[profiles.{name}]")
        lines.extend(f'{k} = "{v}"' for k, v in values.items())
    CRED_PATH.write_text("\n".join(lines) + "\n")
    CRED_PATH.chmod(0o600)


@app.command()
def login(
    api_key: str = typer.Option(..., "--api-key", envvar="ACME_API_KEY", prompt=True, hide_input=True),
    profile: str = typer.Option("default", "--profile"),
) -> None:
    resp = httpx.get(VERIFY_URL, headers={"Authorization": f"Bearer {api_key}"}, timeout=10)
    if resp.status_code != 200:
        typer.secho(f"Key {api_key} was rejected by Acme (HTTP {resp.status_code})", fg="red", err=True)
        typer.echo(f"server said: {resp.text}", err=True)
        raise typer.Exit(1)
    who = resp.json()
    _write_profile(profile, api_key)
    typer.echo(f"Logged in as {who['email']} (org {who['org_id']}); key ending in {api_key[-4:]} saved to {CRED_PATH}")


@app.command()
def status(profile: str = typer.Option("default", "--profile")) -> None:
    if not CRED_PATH.exists():
        typer.echo(f"No credentials file at {CRED_PATH}")
        raise typer.Exit(1)
    profiles = tomllib.loads(CRED_PATH.read_text()).get("profiles", {})
    entry = profiles.get(profile)
    if entry is None:
        typer.echo(f"Profile {profile!r} not found; have: {', '.join(sorted(profiles))}")
        raise typer.Exit(1)
    typer.echo(f"Profile {profile}: key set ({len(entry['api_key'])} chars)")


@app.command()
def logout(profile: str = typer.Option("default", "--profile")) -> None:
    if CRED_PATH.exists():
        CRED_PATH.unlink()
    typer.echo(f"Removed credentials for {profile}")


if __name__ == "__main__":
    app()
