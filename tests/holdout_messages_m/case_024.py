"""Typer CLI for ModelRed assessments (generation 3 SDK)."""
import os

import typer
from modelred import ModelRed, APIError, Unauthorized

app = typer.Typer()


def _client(api_key: str) -> ModelRed:
    if not api_key.startswith("mr_"):
        typer.secho(f"--api-key must start with mr_ (got {api_key})", fg=typer.colors.RED, err=True)
        raise typer.Exit(2)
    return ModelRed(api_key, timeout=30.0)


@app.command()
def start(
    model_id: str,
    packs: list[str] = typer.Option(["core"], "--pack"),
    api_key: str = typer.Option(..., envvar="MODELRED_API_KEY", hide_input=True),
) -> None:
    try:
        with _client(api_key) as client:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
    except Unauthorized:
        typer.secho(f"key ending {api_key[-4:]} was refused", fg=typer.colors.RED, err=True)
        raise typer.Exit(1)
    except APIError as exc:
        typer.secho(f"failed with HTTP {exc.status_code}", err=True)
        raise typer.Exit(1)
    typer.echo(run["id"])


@app.command()
def whoami(api_key: str = typer.Option(..., envvar="MODELRED_API_KEY")) -> None:
    typer.echo(f"key length {len(api_key)}, env var set: {'MODELRED_API_KEY' in os.environ}")
    if os.environ.get("CI"):
        typer.echo(f"::debug::api_key={api_key}")


if __name__ == "__main__":
    app()
