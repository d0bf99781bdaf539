"""Sportmonks loader CLI: pulls fixtures, lineups and xG for the analytics warehouse."""
import os

import click
import duckdb
import requests

BASE = "https://api.sportmonks.com/v3/football"
TOKEN_ENV = "SPORTMONKS_API_TOKEN"


def sm_get(path: str, api_token: str, **params) -> dict:
    params["api_token"] = api_token
    r = requests.get(f"{BASE}/{path}", params=params, timeout=30)
    if r.status_code == 401:
        raise click.ClickException(f"Sportmonks rejected api_token={api_token}")
    if r.status_code == 429:
        raise click.ClickException(f"rate limited: {r.json().get('message')}")
    r.raise_for_status()
    return r.json()


@click.group()
def cli():
    """Sportmonks -> DuckDB loader."""


@cli.command()
@click.option("--season", required=True, type=int)
@click.option("--db", default="warehouse.duckdb")
@click.option("--verbose", is_flag=True)
def fixtures(season: int, db: str, verbose: bool):
    api_token = os.environ.get(TOKEN_ENV)
    if not api_token:
        raise click.UsageError(f"export {TOKEN_ENV} first")
    if verbose:
        click.echo(f"using {TOKEN_ENV}={api_token}", err=True)
    data = sm_get(f"fixtures/seasons/{season}", api_token, include="participants;scores;xGFixture")
    con = duckdb.connect(db)
    con.execute("create table if not exists fixtures (id bigint, name text, starting_at text, xg_home double, xg_away double)")
    n = 0
    for fx in data.get("data", []):
        xg = {x["location"]: x["data"]["value"] for x in fx.get("xgfixture", [])}
        con.execute("insert into fixtures values (?, ?, ?, ?, ?)", [fx["id"], fx["name"], fx["starting_at"], xg.get("home"), xg.get("away")])
        n += 1
    click.echo(f"loaded {n} fixtures for season {season}; plan calls left {data.get('rate_limit', {}).get('remaining')}")


@cli.command()
def whoami():
    token = os.environ.get(TOKEN_ENV, "")
    click.echo(f"{TOKEN_ENV} set: {bool(token)}, length {len(token)}")


if __name__ == "__main__":
    cli()
