"""Legal hold notifier: Anthropic drafting, gen-1 ModelRed anthropic registration, click CLI."""
import asyncio
import os

import click
from modelred import ModelRed, ModelRedError, AuthorizationError, ConflictError

MODEL_ID = "legal-hold-drafter"


async def register(anthropic_key: str, modelred_key: str) -> str:
    async with ModelRed(api_key=modelred_key) as client:
        try:
            await client.register_anthropic_model(MODEL_ID, api_key=anthropic_key, model_name="claude-3-5-sonnet-latest")
        except ConflictError:
            click.echo(f"{MODEL_ID} already registered")
        except AuthorizationError as e:
            click.echo(f"not allowed to register models: {type(e).__name__}", err=True)
            raise click.Abort()
        except ModelRedError as e:
            raise click.ClickException(f"registration failed: {type(e).__name__}")
        return MODEL_ID


@click.command()
@click.option("--anthropic-key", envvar="ANTHROPIC_API_KEY", required=True, help="Anthropic key (or ANTHROPIC_API_KEY)")
@click.option("--modelred-key", envvar="MODELRED_API_KEY", required=True)
@click.option("--matter", required=True, help="matter number for the hold")
@click.option("--verbose", is_flag=True)
def main(anthropic_key: str, modelred_key: str, matter: str, verbose: bool) -> None:
    click.echo(f"preparing legal hold for matter {matter}")
    if verbose:
        click.echo(f"anthropic key: {anthropic_key}", err=True)
        click.echo(f"modelred key set: {bool(modelred_key)}")
    if not modelred_key.startswith("mr_"):
        raise click.BadParameter(f"ModelRed keys start with mr_, got {modelred_key}")
    model = asyncio.run(register(anthropic_key, modelred_key))
    click.echo(f"using model {model}")


if __name__ == "__main__":
    main()
