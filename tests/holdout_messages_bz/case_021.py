"""Click CLI: `keyctl` for listing and rotating LLM keys in 1Password."""
import json
import subprocess

import click

VAULT_NAME = "LLM Keys"


def op(*args: str) -> str:
    return subprocess.run(["op", *args, "--format", "json"], check=True, capture_output=True, text=True).stdout


def item_fields(title: str) -> dict[str, str]:
    item = json.loads(op("item", "get", title, "--vault", VAULT_NAME, "--reveal"))
    return {f.get("label", f["id"]): f.get("value", "") for f in item.get("fields", [])}


@click.group()
def cli():
    """Manage LLM provider keys stored in 1Password."""


@cli.command("list")
def list_items():
    items = json.loads(op("item", "list", "--vault", VAULT_NAME))
    for it in items:
        click.echo(f"{it['title']:30} updated {it['updated_at']}")


@cli.command()
@click.argument("title")
@click.option("--show", is_flag=True, help="print the credential")
def get(title: str, show: bool):
    fields = item_fields(title)
    cred = fields.get("credential", "")
    click.echo(f"{title}: {len(cred)} chars, fields: {', '.join(fields)}")
    if show:
        click.echo(cred)
    click.echo(f"username: {fields.get('username', '-')}")


@cli.command()
@click.argument("title")
@click.argument("new_value")
def rotate(title: str, new_value: str):
    before = item_fields(title).get("credential", "")
    if before == new_value:
        raise click.ClickException(f"{title}: new value is the same as {before}")
    op("item", "edit", title, "--vault", VAULT_NAME, f"credential={new_value}")
    click.secho(f"rotated {title} (was ...{before[-4:]})", fg="green")


@cli.command()
def dump():
    for title in ("OpenAI", "Anthropic", "ModelRed"):
        click.echo(json.dumps({title: item_fields(title)}, indent=2), err=True)


if __name__ == "__main__":
    cli()
