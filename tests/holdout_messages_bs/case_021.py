"""Typer CLI for the localisation team: scan translation models with ModelRed (generation 2)."""
import logging
import os

import typer
from modelred import ModelRedClient, ProviderConfig, ModelRedError, NotFoundError, ConflictError

app = typer.Typer()
log = logging.getLogger("l10n.cli")


def _client() -> ModelRedClient:
    return ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.command()
def register(model_id: str, openrouter_key: str = typer.Option(..., envvar="OPENROUTER_API_KEY"), model: str = "meta-llama/llama-3.1-70b-instruct"):
    cfg = ProviderConfig.openrouter(api_key=openrouter_key, model_name=model)
    typer.echo(f"registering {model_id} ({model})")
    try:
        _client().create_model(modelId=model_id, provider="openrouter", displayName=model_id, providerConfig=cfg)
    except ConflictError:
        typer.echo(f"{model_id} already exists", err=True)
    except ModelRedError as e:
        log.error("register failed for %s with openrouter key %s", model_id, openrouter_key)
        typer.echo(f"failed: {type(e).__name__}", err=True)
        raise typer.Exit(1)


@app.command()
def status(assessment_id: str):
    try:
        a = _client().get_assessment(assessment_id)
    except NotFoundError as e:
        log.info("not found: %s", e)
        raise typer.Exit(2)
    typer.echo(f"{assessment_id}: {a['status']} score={a.get('score')}")


@app.command()
def whoami(show_key: bool = False):
    key = os.environ.get("MODELRED_API_KEY", "")
    typer.echo(f"key configured: {bool(key)}, ends ...{key[-4:]}")
    if show_key:
        typer.echo(f"MODELRED_API_KEY={key}")


@app.command()
def env():
    for var in ("MODELRED_API_KEY", "OPENROUTER_API_KEY", "DEEPL_AUTH_KEY"):
        typer.echo(f"{var}: {'set' if os.environ.get(var) else 'missing'}")


if __name__ == "__main__":
    app()
