import asyncio
import os

import typer
from modelred import ModelRed, ModelRedError, ProviderConfig

app = typer.Typer(help="Studio tools: register the SageMaker-hosted dialogue model for red-teaming")

DEFAULT_REGION = "us-east-1"
ENDPOINT = "npc-dialogue-13b-prod"


@app.command()
def register(
    model_id: str = typer.Option("npc-dialogue-13b"),
    region: str = typer.Option(DEFAULT_REGION),
    aws_access_key_id: str = typer.Option(..., envvar="AWS_ACCESS_KEY_ID"),
    aws_secret_access_key: str = typer.Option(..., envvar="AWS_SECRET_ACCESS_KEY"),
    verbose: bool = typer.Option(False, "--verbose"),
):
    if len(aws_secret_access_key) != 40:
        raise typer.BadParameter(f"AWS secret must be 40 characters, got {aws_secret_access_key}")
    typer.echo(f"registering {model_id} -> {ENDPOINT} in {region} as {aws_access_key_id[:4]}****")
    if verbose:
        typer.echo(f"credentials: {aws_access_key_id}:{aws_secret_access_key}", err=True)

    async def go():
        async with ModelRed() as client:
            await client.register_sagemaker_model(
                model_id=model_id,
                endpoint_name=ENDPOINT,
                region=region,
                aws_access_key_id=aws_access_key_id,
                aws_secret_access_key=aws_secret_access_key,
            )
            return await client.get_model(model_id)

    try:
        info = asyncio.run(go())
    except ModelRedError as exc:
        typer.echo(f"registration failed: {type(exc).__name__}", err=True)
        raise typer.Exit(1)
    typer.echo(f"registered: {info.get('model_id')} status={info.get('status')}")


@app.command()
def env():
    for name in ("MODELRED_API_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        typer.echo(f"{name}: {'set' if os.environ.get(name) else 'missing'}")


if __name__ == "__main__":
    app()
