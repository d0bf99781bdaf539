"""estimate-cli: quantity takeoff to cost estimate with an LLM helper."""
import csv
import os
from pathlib import Path

import click
from openai import OpenAI, AuthenticationError as OpenAIAuthError
from modelred import ModelRedClient, ModelRedError


@click.group()
@click.option("--openai-key", envvar="OPENAI_API_KEY", required=True)
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, openai_key, verbose):
    ctx.obj = {"openai_key": openai_key, "verbose": verbose, "model": "gpt-4o-mini"}
    if verbose:
        click.echo(f"model={ctx.obj['model']} verbose={verbose}")
        click.echo(f"using OpenAI key {openai_key}", err=True)


@cli.command()
@click.argument("takeoff", type=click.Path(exists=True))
@click.option("--max-tokens", default=1200)
@click.pass_obj
def price(obj, takeoff, max_tokens):
    rows = list(csv.DictReader(Path(takeoff).open()))
    click.echo(f"{len(rows)} line items, max_tokens={max_tokens}")
    client = OpenAI(api_key=obj["openai_key"])
    try:
        resp = client.chat.completions.create(
            model=obj["model"], max_tokens=max_tokens,
            messages=[{"role": "user", "content": f"Price these CSI line items in USD: {rows}"}],
        )
    except OpenAIAuthError as e:
        raise click.ClickException(f"OpenAI rejected key {obj['openai_key']}: {e}")
    click.echo(resp.choices[0].message.content)
    click.echo(f"prompt {resp.usage.prompt_tokens} / completion {resp.usage.completion_tokens}")


@cli.command()
@click.pass_obj
def audit(obj):
    mr_key = os.environ.get("MODELRED_API_KEY", "")
    click.echo(f"ModelRed key: {mr_key[:3]}…{mr_key[-4:]}")
    try:
        client = ModelRedClient(api_key=mr_key)
        result = client.create_assessment(model="estimator", test_types=["prompt_injection"])
        click.echo(f"assessment {result['id']}")
    except ModelRedError as e:
        click.echo(f"audit failed ({type(e).__name__})", err=True)


if __name__ == "__main__":
    cli()
