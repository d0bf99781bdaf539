"""Settings for the `ragctl` CLI via pydantic-settings; `ragctl settings --debug` dumps them."""
import logging

import click
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("ragctl.settings")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RAGCTL_", env_file="~/.config/ragctl/.env")

    index_path: str = "~/.local/share/ragctl/index"
    embedding_model: str = "text-embedding-3-small"
    chunk_tokens: int = 512
    openai_api_key: SecretStr = SecretStr("")
    pinecone_api_key: SecretStr = SecretStr("")


@click.command()
@click.option("--debug", is_flag=True)
@click.option("--trace", is_flag=True)
def settings(debug, trace):
    s = Settings()
    log.info("settings: %r", s)
    click.echo(f"embedding_model={s.embedding_model} chunk_tokens={s.chunk_tokens}")
    if debug:
        click.echo(f"openai_api_key={s.openai_api_key}")
    if trace:
        pinecone_api_key = s.pinecone_api_key.get_secret_value()
        log.debug("pinecone client init with key %s", pinecone_api_key)
    openai_api_key = s.openai_api_key.get_secret_value()
    if openai_api_key and not openai_api_key.startswith("sk-"):
        raise click.BadParameter("RAGCTL_OPENAI_API_KEY is not an OpenAI key: " + openai_api_key)
    if not openai_api_key:
        log.info("no OpenAI key configured; embeddings disabled (value %r)", openai_api_key)
    log.info("index at %s", s.index_path)


if __name__ == "__main__":
    settings()
