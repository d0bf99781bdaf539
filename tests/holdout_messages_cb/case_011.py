"""CLI for the litigation-hold team: register the custodian-interview model with ModelRed."""
import os

import click
from modelred import ModelRed, ProviderConfig, ModelRedError, RateLimitError, NotFoundError

SLUG = "custodian-interview-bot"
AZURE_ENDPOINT_VAR = "AZURE_OPENAI_ENDPOINT"


@click.group()
def cli():
    """Litigation-hold tooling."""


@cli.command()
@click.option("--deployment", default="gpt4o-legal")
@click.option("--azure-key", envvar="AZURE_OPENAI_API_KEY", required=True)
@click.option("--verbose", is_flag=True)
def register(deployment: str, azure_key: str, verbose: bool):
    endpoint = os.environ[AZURE_ENDPOINT_VAR]
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    cfg = ProviderConfig.azure(api_key=azure_key, endpoint=endpoint, deployment_name=deployment)
    if verbose:
        click.echo(f"endpoint={endpoint} deployment={deployment}")
        click.echo(f"using azure key {azure_key}")
    try:
        client.create_model(modelId=SLUG, provider="azure", displayName="Custodian interviews",
                            providerConfig=cfg)
    except RateLimitError as e:
        click.echo(f"rate limited, try again in {getattr(e, 'retry_after', 60)}s", err=True)
        raise SystemExit(3)
    except ModelRedError as e:
        click.echo(f"registration failed: {type(e).__name__}", err=True)
        raise SystemExit(1)
    click.echo(f"registered {SLUG}")


@cli.command()
@click.argument("test_types", nargs=-1)
def scan(test_types):
    client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        job = client.create_assessment(model=SLUG, test_types=list(test_types) or ["jailbreak"], priority="high")
    except NotFoundError:
        click.echo(f"{SLUG} is not registered; run `register` first", err=True)
        raise SystemExit(1)
    click.echo(f"assessment {job['id']} started")


@cli.command()
def whoami():
    key = os.environ.get("MODELRED_API_KEY", "")
    click.echo(f"MODELRED_API_KEY set: {bool(key)}; prefix ok: {key.startswith('mr_')}")
    if key and not key.startswith("mr_"):
        raise click.BadParameter(f"MODELRED_API_KEY is not a ModelRed key: {key}")
    click.echo(f"env var for Azure endpoint: {AZURE_ENDPOINT_VAR}")


if __name__ == "__main__":
    cli()
