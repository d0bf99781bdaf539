"""Personal assistant CLI: `pa inbox`, `pa today`, `pa config`. Keys live in ~/.pa/credentials.toml."""
import pathlib
import tomllib

import click
from openai import OpenAI

CRED_PATH = pathlib.Path.home() / ".pa" / "credentials.toml"


def load_creds() -> dict:
    if not CRED_PATH.exists():
        raise click.ClickException(f"no credentials file at {CRED_PATH}")
    return tomllib.loads(CRED_PATH.read_text())


@click.group()
def cli():
    """Personal assistant."""


@cli.command()
@click.option("--show-secrets", is_flag=True)
def config(show_secrets: bool):
    creds = load_creds()
    for section, values in creds.items():
        click.echo(f"[{section}]")
        for name, value in values.items():
            click.echo(f"  {name} = {'*' * 8}")
        click.echo(f"  ({len(values)} fields)")
    openai_key = creds.get("openai", {}).get("api_key", "")
    click.echo(f"openai key length: {len(openai_key)}")
    if show_secrets:
        click.echo(f"openai api_key = {openai_key}", err=True)


@cli.command()
@click.argument("question")
def ask(question: str):
    creds = load_creds()
    key = creds["openai"]["api_key"]
    org = creds["openai"].get("organization")
    client = OpenAI(api_key=key, organization=org)
    click.echo(f"asking as org {org}")
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": question}])
    click.echo(r.choices[0].message.content)


@cli.command()
def today():
    creds = load_creds()
    cal = creds.get("google", {})
    if "refresh_token" not in cal:
        raise click.ClickException("run `pa login google` first")
    click.echo(f"using google client {cal.get('client_id')}")
    click.secho(f"refresh token {cal['refresh_token']}", fg="yellow")


if __name__ == "__main__":
    cli()
