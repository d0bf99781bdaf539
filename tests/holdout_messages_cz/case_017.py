"""switchorder: CLI that checks the LLM switching-order assistant before each release."""
import asyncio
import os

import click
from modelred import ModelRed, ModelRedError, AuthenticationError

KEY_VAR = "MODELRED_API_KEY"


@click.group()
@click.option("--api-key", envvar=KEY_VAR, help="ModelRed API key (or set MODELRED_API_KEY)")
@click.pass_context
def cli(ctx: click.Context, api_key: str) -> None:
    ctx.obj = {"api_key": api_key}
    if not api_key:
        click.echo(f"warning: no key given and {KEY_VAR} unset", err=True)
    elif not api_key.startswith("mr_"):
        click.echo(f"error: {api_key} is not a ModelRed key", err=True)
        raise SystemExit(2)


@cli.command()
@click.argument("model_id")
@click.option("--suite", multiple=True, default=["basic_security"])
@click.pass_obj
def scan(obj: dict, model_id: str, suite: tuple[str, ...]) -> None:
    async def _run() -> dict:
        async with ModelRed(api_key=obj["api_key"]) as client:
            return await client.run_assessment(model_id=model_id, test_suites=list(suite), wait_for_completion=True, timeout_minutes=30)

    try:
        result = asyncio.run(_run())
    except AuthenticationError:
        raise click.ClickException(f"key {obj['api_key']} was rejected by ModelRed")
    except ModelRedError as exc:
        click.echo(f"scan failed ({type(exc).__name__})", err=True)
        raise SystemExit(1)
    click.echo(f"{model_id}: score {result.get('overall_score')} / risk {result.get('risk_level')}")


@cli.command()
@click.pass_obj
def whoami(obj: dict) -> None:
    key = obj["api_key"] or ""
    click.echo(f"key source: {KEY_VAR}, prefix {key[:3]}, length {len(key)}")


@cli.command("register-azure")
@click.option("--deployment", required=True)
@click.option("--endpoint", required=True)
@click.pass_obj
def register_azure(obj: dict, deployment: str, endpoint: str) -> None:
    azure_key = os.environ["AZURE_OPENAI_API_KEY"]

    async def _reg() -> None:
        async with ModelRed(api_key=obj["api_key"]) as client:
            await client.register_azure_model(model_id="switch-assist", api_key=azure_key, endpoint=endpoint, deployment_name=deployment)

    asyncio.run(_reg())
    click.echo(f"registered {deployment} at {endpoint}")


if __name__ == "__main__":
    cli()
