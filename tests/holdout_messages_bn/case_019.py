"""`mbx` - explain a Metabase question with Claude. Usage: mbx explain 123"""
import os

import click
import requests
from anthropic import Anthropic


def _session(url: str, api_key: str | None, user: str | None, password: str | None) -> dict:
    if api_key:
        return {"x-api-key": api_key}
    r = requests.post(f"{url}/api/session", json={"username": user, "password": password}, timeout=15)
    if r.status_code != 200:
        raise click.ClickException(f"login failed ({r.status_code}) for {user}")
    return {"X-Metabase-Session": r.json()["id"]}


@click.group()
@click.option("--url", envvar="MB_URL", required=True)
@click.option("--api-key", envvar="MB_API_KEY")
@click.option("--user", envvar="MB_USER")
@click.option("--password", envvar="MB_PASSWORD")
@click.option("-v", "--verbose", is_flag=True)
@click.pass_context
def cli(ctx, url, api_key, user, password, verbose):
    if not api_key and not password:
        raise click.UsageError("pass --api-key or --user/--password (or MB_API_KEY / MB_PASSWORD)")
    headers = _session(url, api_key, user, password)
    if verbose:
        click.echo(f"auth headers: {headers}", err=True)
        click.echo(f"metabase url: {url}, user: {user}", err=True)
    ctx.obj = {"url": url, "headers": headers}


@cli.command()
@click.argument("card_id", type=int)
@click.option("--anthropic-key", envvar="ANTHROPIC_API_KEY", required=True)
@click.pass_obj
def explain(obj, card_id, anthropic_key):
    if not anthropic_key.startswith("sk-ant-"):
        raise click.BadParameter(f"{anthropic_key} is not an Anthropic key")
    card = requests.get(f"{obj['url']}/api/card/{card_id}", headers=obj["headers"], timeout=15).json()
    sql = card.get("dataset_query", {}).get("native", {}).get("query", "")
    click.echo(f"card {card_id}: {card.get('name')} ({len(sql)} chars of SQL)")
    msg = Anthropic(api_key=anthropic_key).messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=500,
        messages=[{"role": "user", "content": f"Explain this Metabase question for a business user:\n{sql}"}],
    )
    click.echo(msg.content[0].text)


if __name__ == "__main__":
    cli()
