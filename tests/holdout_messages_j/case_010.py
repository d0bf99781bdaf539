"""`kbctl login`: a rich-based CLI that stores a Cohere key in the keyring."""
import getpass

import cohere
import keyring
from rich.console import Console

console = Console()
err_console = Console(stderr=True)
SERVICE = "kbctl"
KEYRING_USER = "cohere"


def login() -> None:
    key = getpass.getpass("Cohere API key: ")
    if not key.strip():
        err_console.print(f"[red]No key given[/red] ({key!r})")
        return
    client = cohere.ClientV2(api_key=key)
    try:
        client.models.list(page_size=1)
    except cohere.errors.UnauthorizedError:
        err_console.print(f"[red]Cohere rejected the key[/red] [dim]{key}[/dim]")
        return
    keyring.set_password(SERVICE, KEYRING_USER, key)
    console.print(f"[green]Saved[/green] key ending [bold]{key[-4:]}[/bold] to the {SERVICE} keyring entry")


def status() -> None:
    stored = keyring.get_password(SERVICE, KEYRING_USER)
    if stored is None:
        console.print(f"No key stored under service={SERVICE!r} user={KEYRING_USER!r}")
        return
    console.print(f"Key stored: {'*' * 8}{stored[-4:]}")
    console.print(f"Key length: {len(stored)}")


def whoami(show: bool = False) -> None:
    stored = keyring.get_password(SERVICE, KEYRING_USER) or ""
    if show:
        console.print(f"Stored key: {stored}")
    else:
        console.print("Pass --show to reveal the key prefix", style="dim")
