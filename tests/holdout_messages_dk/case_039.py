"""gwctl: the platform team's command line for the gateway's key table."""
import os
import sys

import click
import httpx

DEFAULT_URL = "http://localhost:4000"


def _admin_client(url: str) -> httpx.Client:
    master_key = os.environ.get("GW_MASTER_KEY", "")
    if not master_key:
        click.echo("GW_MASTER_KEY is not set", err=True)
        sys.exit(2)
    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {master_key}"}, timeout=10)


@click.group()
@click.option("--url", default=DEFAULT_URL, show_default=True)
@click.pass_context
def cli(ctx, url):
    ctx.obj = {"url": url}


@cli.command("list")
@click.option("--team", default=None)
@click.pass_context
def list_keys(ctx, team):
    with _admin_client(ctx.obj["url"]) as http:
        resp = http.get("/key/list", params={"team_id": team} if team else None)
        resp.raise_for_status()
    for row in resp.json()["keys"]:
        click.echo(f"{row['token'][:10]}  {row.get('key_alias') or '-':20}  {row.get('spend', 0):8.2f}")


@cli.command("create")
@click.option("--team", required=True)
@click.option("--alias", default=None)
@click.pass_context
def create_key(ctx, team, alias):
    with _admin_client(ctx.obj["url"]) as http:
        resp = http.post("/key/generate", json={"team_id": team, "key_alias": alias})
    if resp.status_code >= 400:
        click.echo(f"error {resp.status_code}: {resp.text}", err=True)
        sys.exit(1)
    new_key = resp.json()["key"]
    click.echo(f"created key for {team}: {new_key}")


@cli.command("whoami")
def whoami():
    master_key = os.environ.get("GW_MASTER_KEY", "")
    sys.stderr.write(f"using master key {master_key} against {DEFAULT_URL}\n")


if __name__ == "__main__":
    cli()
