"""mrctl: run a ModelRed assessment from the terminal (SDK 0.1.1x)."""
import asyncio
import sys

import click
from modelred import AuthenticationError, ModelRed, ModelRedError


@click.group()
def cli():
    """ModelRed helper commands."""


@cli.command()
@click.option("--api-key", envvar="MODELRED_API_KEY", required=True, help="ModelRed API key")
@click.option("--model-id", required=True)
@click.option("--suite", "suites", multiple=True, default=["basic_security"])
@click.option("--verbose", is_flag=True)
def run(api_key, model_id, suites, verbose):
    if verbose:
        click.echo(f"Using API key {api_key}", err=True)
    click.echo(f"Using key ending in {api_key[-4:]} for {model_id}")
    try:
        result = asyncio.run(_run(api_key, model_id, list(suites)))
    except AuthenticationError as e:
        raise click.ClickException(str(e))
    except ModelRedError:
        raise click.ClickException("assessment failed; rerun with --verbose for details")
    click.echo(f"assessment {result['assessment_id']}: {result['status']}")


async def _run(api_key, model_id, suites):
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=True)


if __name__ == "__main__":
    sys.exit(cli())
