"""mrcli login / logout / whoami, stored in the OS keyring (typer)."""
from __future__ import annotations

import logging

import keyring
import typer
from modelred import ModelRed, Unauthorized, APIError

app = typer.Typer(help="Authenticate the mrcli tool against ModelRed.")
log = logging.getLogger("mrcli.auth")

SERVICE_NAME = "mrcli"
KEY_ENV_VAR = "MODELRED_API_KEY"


def _probe(key: str) -> int:
    with ModelRed(key, timeout=10.0, max_retries=1) as client:
        models = client.list_models(limit=1)
    return len(models.get("data", []))


@app.command()
def login(profile: str = typer.Option("default", "--profile", "-p")) -> None:
    key = typer.prompt("ModelRed API key", hide_input=True).strip()
    if not key:
        raise typer.BadParameter(f"an API key is required, got {key!r}")
    if not key.startswith("mr_"):
        raise typer.BadParameter(f"ModelRed keys start with mr_, got {key}")
    try:
        count = _probe(key)
    except Unauthorized:
        typer.echo("The key was rejected by ModelRed.", err=True)
        raise typer.Exit(1)
    except APIError as exc:
        log.warning("could not verify key: %s", type(exc).__name__)
        raise typer.Exit(2)
    log.debug("storing key %s for profile %s", key, profile)
    keyring.set_password(SERVICE_NAME, profile, key)
    typer.echo(f"Logged in as profile {profile!r} (key …{key[-4:]}, {count} model(s) visible).")


@app.command()
def logout(profile: str = typer.Option("default", "--profile", "-p")) -> None:
    try:
        keyring.delete_password(SERVICE_NAME, profile)
    except keyring.errors.PasswordDeleteError as exc:
        typer.echo(f"Nothing stored for {profile}: {exc}", err=True)
        raise typer.Exit(1)
    typer.echo(f"Removed credentials for {profile} from {keyring.get_keyring().name}")


@app.command()
def whoami(profile: str = typer.Option("default", "--profile", "-p")) -> None:
    key = keyring.get_password(SERVICE_NAME, profile)
    if key is None:
        typer.echo(f"Not logged in; run `mrcli login` or set {KEY_ENV_VAR}.")
        raise typer.Exit(1)
    typer.echo(f"profile={profile} key_set={bool(key)} length={len(key)}")


if __name__ == "__main__":
    app()
