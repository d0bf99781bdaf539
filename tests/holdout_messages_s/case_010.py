"""Security team CLI: register provider models with ModelRed (0.1.1x async SDK)."""
import asyncio
import os

import click

from modelred import ModelRed, ModelRedError, ValidationError, ConflictError


def _run(coro):
    return asyncio.run(coro)


@click.group()
@click.option("--api-key", envvar="MODELRED_API_KEY", required=True, help="ModelRed key")
@click.pass_context
def cli(ctx, api_key):
    ctx.obj = {"api_key": api_key}


@cli.command("register-openai")
@click.argument("model_id")
@click.option("--openai-key", envvar="OPENAI_API_KEY", required=True)
@click.option("--model-name", default="gpt-4o-mini")
@click.pass_obj
def register_openai(obj, model_id, openai_key, model_name):
    if not openai_key.startswith("sk-"):
        raise click.BadParameter(f"{openai_key} does not look like an OpenAI key")
    click.echo(f"registering {model_id} ({model_name}), key length {len(openai_key)}", err=True)

    async def go():
        async with ModelRed(api_key=obj["api_key"]) as client:
            return await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name=model_name)

    try:
        _run(go())
    except ConflictError:
        raise click.ClickException(f"model {model_id} already exists")
    except ValidationError as e:
        raise click.ClickException(f"ModelRed refused the registration: {e}")
    except ModelRedError as e:
        click.echo(f"registration failed ({type(e).__name__})", err=True)
        raise SystemExit(1)
    click.echo(f"registered {model_id}")


@cli.command("whoami")
@click.pass_obj
def whoami(obj):
    async def go():
        async with ModelRed(api_key=obj["api_key"]) as client:
            return await client.validate_api_key()

    info = _run(go())
    click.echo(f"key ok for org {info.get('organization')}; using {obj['api_key']}", err=True)
