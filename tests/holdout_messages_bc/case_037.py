"""Co-living house rules assistant: CLI that answers from a house's rules doc (click)."""
import os

import click
from mistralai import Mistral


@click.group()
@click.option("--api-key", envvar="MISTRAL_API_KEY", help="Mistral key (or set MISTRAL_API_KEY)")
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, api_key, verbose):
    ctx.obj = {"api_key": api_key, "verbose": verbose}
    if verbose:
        click.echo(f"key present: {bool(api_key)}, env var: MISTRAL_API_KEY", err=True)


@cli.command()
@click.argument("house")
@click.argument("question")
@click.pass_obj
def ask(obj, house, question):
    path = os.path.join("houses", house, "rules.md")
    with open(path) as fh:
        rules = fh.read()
    client = Mistral(api_key=obj["api_key"])
    try:
        res = client.chat.complete(model="mistral-small-latest", messages=[{"role": "system", "content": rules}, {"role": "user", "content": question}], max_tokens=300)
    except Exception as exc:
        if obj["verbose"]:
            click.echo(f"mistral error {exc!r}; ctx {obj}", err=True)
        raise click.ClickException("could not reach the assistant")
    click.echo(res.choices[0].message.content)
    if obj["verbose"]:
        click.echo(f"tokens used: {res.usage.total_tokens}", err=True)


@cli.command()
@click.argument("house")
@click.pass_obj
def whoami(obj, house):
    key = obj["api_key"] or ""
    click.echo(f"house={house} key=...{key[-4:]} verbose={obj['verbose']}")


if __name__ == "__main__":
    cli()
