import os
import sys

import keyring
import typer
from modelred import ModelRed, Unauthorized, ModelRedError

app = typer.Typer(help="mr - my ModelRed shortcuts")
SERVICE = "mr-cli"
USERNAME = "default"


def get_key() -> str:
    key = keyring.get_password(SERVICE, USERNAME)
    if key is None:
        raise typer.BadParameter(f"no key in keyring service {SERVICE!r}; run `mr login`")
    return key


@app.command()
def login(key: str = typer.Option(..., prompt=True, hide_input=True)):
    if not key.startswith("mr_"):
        typer.echo(f"that doesn't look like a ModelRed key: {key}", err=True)
        raise typer.Exit(1)
    try:
        with ModelRed(key) as mr:
            mr.list_models(limit=1)
    except Unauthorized as e:
        raise typer.BadParameter(f"key {key} was rejected ({e.status_code})")
    keyring.set_password(SERVICE, USERNAME, key)
    typer.echo(f"saved key ...{key[-4:]} to keyring {keyring.get_keyring().name}")


@app.command()
def models(limit: int = 20):
    with ModelRed(get_key()) as mr:
        try:
            page = mr.list_models(limit=limit)
        except ModelRedError as e:
            typer.echo(f"error: {type(e).__name__}", err=True)
            raise typer.Exit(1)
    for m in page.get("data", []):
        typer.echo(f"{m['id']:30} {m.get('provider', '?')}")


@app.command()
def logout():
    keyring.delete_password(SERVICE, USERNAME)
    typer.echo("removed", err=sys.stderr.isatty())


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    app()
