"""Settings for `ragctl` with pydantic-settings SecretStr fields, and a `config show` command."""
from __future__ import annotations

import logging

import typer
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("ragctl")
app = typer.Typer()


class RagSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RAGCTL_", env_file=".env", extra="ignore")

    openai_api_key: SecretStr
    modelred_api_key: SecretStr | None = None
    embedding_model: str = "text-embedding-3-small"
    chunk_tokens: int = 400
    max_tokens: int = 800
    vector_db_url: str = "http://localhost:6333"


def settings() -> RagSettings:
    s = RagSettings()
    log.info("openai key configured: %s", s.openai_api_key)
    log.info("embedding=%s chunk_tokens=%d", s.embedding_model, s.chunk_tokens)
    return s


@app.command("show")
def show() -> None:
    s = settings()
    for name, value in s.model_dump().items():
        typer.echo(f"{name} = {value}")
    typer.echo(f"modelred key set: {s.modelred_api_key is not None}")


@app.command("check-key")
def check_key() -> None:
    s = settings()
    raw = s.openai_api_key.get_secret_value()
    if not raw.startswith("sk-"):
        typer.echo(f"RAGCTL_OPENAI_API_KEY is malformed: {raw}", err=True)
        raise typer.Exit(1)
    typer.echo(f"ok, key ends with {raw[-4:]}")


@app.command("env")
def env_cmd() -> None:
    s = settings()
    if s.modelred_api_key is None:
        typer.echo("RAGCTL_MODELRED_API_KEY not set")
        return
    mr = s.modelred_api_key.get_secret_value()
    if len(mr) < 12:
        raise typer.BadParameter(f"RAGCTL_MODELRED_API_KEY={mr} is too short")


if __name__ == "__main__":
    app()
