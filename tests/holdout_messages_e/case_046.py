"""Typer CLI for operators: manage probe packs (generation-3 SDK)."""
import os

import typer
from rich.console import Console
from modelred import ModelRed, NotFound, Forbidden, NotAllowedForApiKey

app = typer.Typer()
console = Console(stderr=True)


def client() -> ModelRed:
    key = os.getenv("MODELRED_API_KEY")
    if key is None:
        console.print("[red]MODELRED_API_KEY is not set[/red]")
        raise typer.Exit(2)
    return ModelRed(key)


@app.command()
def show(pack_id: str):
    with client() as c:
        try:
            pack = c.get_probe_pack(pack_id)
        except NotFound:
            console.print(f"[yellow]no pack {pack_id}[/yellow]")
            raise typer.Exit(1)
        except (Forbidden, NotAllowedForApiKey) as e:
            raise typer.BadParameter(f"pack {pack_id} is not available to this key: {e}")
    console.print_json(data=pack)


@app.command()
def whoami(show_key: bool = typer.Option(False, "--show-key")):
    key = os.environ["MODELRED_API_KEY"]
    console.print(f"key id: {hashlib_id(key)}")
    if show_key:
        console.print(f"[bold]{key}[/bold]")


def hashlib_id(key: str) -> str:
    import hashlib
    return "kid_" + hashlib.blake2b(key.encode(), digest_size=6).hexdigest()


if __name__ == "__main__":
    app()
