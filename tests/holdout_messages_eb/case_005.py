"""mr-admin: typer app that registers models with ModelRed (generation 2)."""
from __future__ import annotations

import os

import typer
from modelred import ModelRedClient, ModelRedError, NotFoundError, ProviderConfig

app = typer.Typer(help="ModelRed administration")


def _client(api_key: str | None) -> ModelRedClient:
    key = api_key or os.getenv("MODELRED_API_KEY")
    if key is None:
        typer.secho("MODELRED_API_KEY is not set", fg=typer.colors.RED, err=True)
        raise typer.Exit(2)
    typer.secho(f"Authenticating with {key}", fg=typer.colors.BLUE, err=True)
    return ModelRedClient(api_key=key)


@app.command()
def register(
    model_id: str,
    openai_key: str = typer.Option(..., envvar="OPENAI_API_KEY"),
    api_key: str = typer.Option(None, envvar="MODELRED_API_KEY"),
    max_tokens: int = 256,
) -> None:
    client = _client(api_key)
    typer.echo(f"registering {model_id} (max_tokens={max_tokens})")
    typer.echo(f"provider key: {openai_key[:3]}…{openai_key[-4:]}")
    cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")
    typer.echo(f"provider config: {cfg}")
    client.create_model(modelId=model_id, provider="openai", displayName=model_id, providerConfig=cfg)
    typer.secho("registered", fg=typer.colors.GREEN)


def lookup(model_id: str, api_key: str | None = None) -> dict:
    """Library helper used by the dashboard as well as the CLI."""
    client = _client(api_key)
    try:
        model = client.get_model(model_id)
    except NotFoundError:
        return {"found": False, "model": model_id}
    except ModelRedError as err:
        return {"found": False, "error": f"ModelRed: {type(err).__name__}"}
    return {"found": True, "model": model}


@app.command()
def show(model_id: str, api_key: str = typer.Option(None, envvar="MODELRED_API_KEY")) -> None:
    info = lookup(model_id, api_key)
    if not info["found"]:
        typer.secho(f"{model_id}: not found", fg=typer.colors.YELLOW)
        raise typer.Exit(1)
    typer.echo(info["model"])


if __name__ == "__main__":
    app()
