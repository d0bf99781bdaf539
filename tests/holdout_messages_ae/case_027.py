"""`tok` CLI: keeps an API token in a file under XDG_DATA_HOME (typer)."""
from __future__ import annotations

import os
from pathlib import Path

import typer

app = typer.Typer(no_args_is_help=True)
TOKEN_FILE_NAME = "token"
TOKEN_ENV = "TOK_API_TOKEN"


def data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
    return Path(base) / "tok"


def token_path() -> Path:
    return data_dir() / TOKEN_FILE_NAME


@app.command()
def path() -> None:
    typer.echo(str(token_path()))


@app.command()
def status() -> None:
    p = token_path()
    if TOKEN_ENV in os.environ:
        typer.echo(f"using ${TOKEN_ENV} (overrides {p})")
        return
    if not p.exists():
        typer.secho(f"no token at {p}; run `tok login`", fg="yellow")
        raise typer.Exit(1)
    token = p.read_text().strip()
    mode = oct(p.stat().st_mode & 0o777)
    if mode != "0o600":
        typer.secho(f"token file {p} has mode {mode}; run chmod 600 {p}", fg="red")
    if not token.startswith(("tok_", "mr_")):
        typer.secho(f"token file {p} holds something odd: {token}", fg="red", err=True)
        raise typer.Exit(1)
    typer.echo(f"token ok ({len(token)} chars, stored {p.stat().st_mtime:.0f})")


@app.command()
def login(token: str = typer.Option(..., prompt=True, hide_input=True)) -> None:
    p = token_path()
    p.parent.mkdir(parents=True, exist_ok=True)
    if p.exists() and p.read_text().strip() == token:
        raise typer.BadParameter(f"token {token} is already stored in {p}")
    p.write_text(token + "\n")
    p.chmod(0o600)
    typer.echo("token saved")


if __name__ == "__main__":
    app()
