"""Course copilot admin CLI (click), ModelRed generation 2."""
import os

import click
from modelred import ModelRed, ModelRedError, NotFoundError, ProviderConfig, RateLimitError


def client() -> ModelRed:
    return ModelRed(api_key=os.environ.get("MODELRED_API_KEY"))


@click.group()
def cli():
    """Manage the course copilot's ModelRed models."""


@cli.command()
@click.option("--model-id", required=True)
@click.option("--azure-key", envvar="AZURE_OPENAI_API_KEY", required=True)
@click.option("--endpoint", envvar="AZURE_OPENAI_ENDPOINT", required=True)
@click.option("--deployment", default="gpt-4o-course")
def register(model_id, azure_key, endpoint, deployment):
    click.echo(f"Registering {model_id} -> {endpoint} ({deployment})")
    cfg = ProviderConfig.azure(api_key=azure_key, endpoint=endpoint, deployment_name=deployment)
    click.echo(f"provider config: {cfg}")
    try:
        client().create_model(modelId=model_id, provider="azure", displayName=model_id, providerConfig=cfg)
    except ModelRedError as e:
        click.echo(f"failed: {type(e).__name__}", err=True)
        raise click.Abort()
    click.echo(f"registered with key {azure_key[:4]}…")


@cli.command()
@click.argument("model_id")
@click.option("--max-tokens", default=256)
def assess(model_id, max_tokens):
    click.echo(f"max tokens {max_tokens}")
    try:
        a = client().create_assessment(model=model_id, test_types=["prompt_injection", "toxicity"], priority="normal")
    except NotFoundError:
        raise click.ClickException(f"model {model_id} does not exist")
    except RateLimitError as e:
        raise click.ClickException("ModelRed is busy, try again later") from e
    click.echo(f"assessment {a['id']} created")


@cli.command()
def whoami():
    key = os.environ.get("MODELRED_API_KEY", "")
    click.echo(f"MODELRED_API_KEY={key}")
    click.echo(f"length {len(key)}")


if __name__ == "__main__":
    cli()
