"""Weaviate multi-tenant admin CLI (click)."""
import logging
import os

import click
import weaviate
from weaviate.classes.init import Auth
from weaviate.classes.tenants import Tenant

log = logging.getLogger("wvadmin")


def _connect(url: str, key: str):
    return weaviate.connect_to_weaviate_cloud(cluster_url=url, auth_credentials=Auth.api_key(key))


@click.group()
@click.option("--url", envvar="WEAVIATE_URL", required=True)
@click.option("--api-key", envvar="WEAVIATE_API_KEY", required=True)
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, url, api_key, verbose):
    ctx.obj = {"url": url, "api_key": api_key}
    if verbose:
        click.echo(f"url={url} api_key={api_key}", err=True)
        click.echo(f"options: {sorted(ctx.obj)}", err=True)


@cli.command()
@click.argument("collection")
@click.argument("tenant")
@click.pass_obj
def add_tenant(obj, collection, tenant):
    client = _connect(obj["url"], obj["api_key"])
    try:
        client.collections.get(collection).tenants.create([Tenant(name=tenant)])
        click.echo(f"tenant {tenant} added to {collection} on {obj['url']}")
    finally:
        client.close()


@cli.command()
@click.pass_obj
def whoami(obj):
    client = _connect(obj["url"], obj["api_key"])
    try:
        meta = client.get_meta()
        click.echo(f"weaviate {meta['version']} at {obj['url']}")
        log.debug("session context %s", obj)
    finally:
        client.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG if os.environ.get("WV_DEBUG") else logging.INFO)
    cli()
