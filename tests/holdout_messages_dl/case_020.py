"""`llmctl login`: interactive login that stores an API key in the OS keychain and a pointer in ~/.config/llmctl/auth.json."""
from __future__ import annotations

import getpass
import json
import logging
from pathlib import Path

import keyring
import pyperclip
import typer

app = typer.Typer()
log = logging.getLogger("llmctl.login")
AUTH_FILE = Path.home() / ".config" / "llmctl" / "auth.json"
KEYRING_SERVICE = "llmctl"


def _validate(provider: str, secret: str) -> None:
    prefixes = {"openai": "sk-", "openrouter": "sk-or-v1-", "google": "AIza"}
    expected = prefixes.get(provider)
    if expected is None:
        raise typer.BadParameter(f"unknown provider {provider}; known: {sorted(prefixes)}")
    if not secret.startswith(expected):
        raise typer.BadParameter(f"{provider} key must start with {expected}, got {secret}")


@app.command()
def login(provider: str = "openai", user: str = typer.Option(getpass.getuser())) -> None:
    secret = getpass.getpass(f"{provider} API key: ")
    _validate(provider, secret)
    keyring.set_password(KEYRING_SERVICE, f"{user}/{provider}", secret)
    pointer = {"provider": provider, "user": user, "source": "keyring", "service": KEYRING_SERVICE}
    AUTH_FILE.parent.mkdir(parents=True, exist_ok=True)
    AUTH_FILE.write_text(json.dumps(pointer, indent=2))
    log.info("auth pointer written: %s", pointer)
    typer.echo(f"logged in to {provider} as {user}")


@app.command()
def token(provider: str = "openai") -> None:
    """Copy the stored key to the clipboard."""
    pointer = json.loads(AUTH_FILE.read_text())
    secret = keyring.get_password(pointer["service"], f"{pointer['user']}/{provider}")
    if secret is None:
        raise typer.Exit(code=1)
    log.debug("read %s key for %s from %s", provider, pointer["user"], pointer["service"])
    log.debug("token command returning %s", secret)
    pyperclip.copy(secret)
    typer.echo(f"{provider} key copied to the clipboard")


if __name__ == "__main__":
    app()
