"""`redteam` CLI (typer + rich) over the generation-3 ModelRed SDK."""
import os

import typer
from rich.console import Console
from modelred import ModelRed, APIError, Unauthorized, ValidationFailed

app = typer.Typer()
console = Console()
err_console = Console(stderr=True)


def _key(api_key: str | None) -> str:
    key = api_key or os.environ.get("MODELRED_API_KEY")
    if not key:
        err_console.print("[red]Set MODELRED_API_KEY or pass --api-key[/red]")
        raise typer.Exit(2)
    return key


@app.command()
def packs(api_key: str = typer.Option(None, "--api-key")):
    key = _key(api_key)
    console.print(f"Using key {key[:5]}…{key[-4:]}")
    try:
        with ModelRed(key) as client:
            for pack in client.list_owned_probes():
                console.print(f"- {pack['id']}: {pack['name']}")
    except Unauthorized:
        err_console.print(f"[red]Key rejected:[/red] {key}")
        raise typer.Exit(1)
    except APIError as exc:
        err_console.print(f"[red]Request failed:[/red] {type(exc).__name__}")
        raise typer.Exit(1)


@app.command()
def assess(model_id: str, pack: list[str], api_key: str = typer.Option(None, "--api-key")):
    key = _key(api_key)
    try:
        with ModelRed(key) as client:
            created = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=pack)
    except ValidationFailed as exc:
        raise typer.BadParameter(str(exc))
    console.print(f"Created assessment [bold]{created['id']}[/bold]")


@app.command()
def doctor(api_key: str = typer.Option(None, "--api-key")):
    key = _key(api_key)
    console.print({"MODELRED_API_KEY": "set" if os.environ.get("MODELRED_API_KEY") else "unset", "length": len(key)})
    console.log("doctor: using key", key)


if __name__ == "__main__":
    app()
