"""Revoke virtual keys from the command line."""
import hashlib
import os
import sys

import click
import psycopg

DSN_VAR = "GATEWAY_DSN"


@click.group()
def cli() -> None:
    pass


@cli.command()
@click.option("--key", "api_key", required=True, help="The virtual key to revoke.")
@click.option("--reason", default="manual")
def revoke(api_key: str, reason: str) -> None:
    digest = hashlib.sha256(api_key.encode()).hexdigest()
    with psycopg.connect(os.environ[DSN_VAR]) as conn:
        cur = conn.execute("UPDATE virtual_keys SET revoked_at = now(), revoke_reason = %s WHERE key_hash = %s RETURNING key_id", (reason, digest))
        row = cur.fetchone()
    if row is None:
        click.echo(f"no key matches {api_key}", err=True)
        sys.exit(1)
    click.echo(f"revoked {row[0]} (sha256 {digest[:12]}, reason {reason})")


@cli.command()
@click.option("--tenant", required=True)
def revoke_tenant(tenant: str) -> None:
    with psycopg.connect(os.environ[DSN_VAR]) as conn:
        cur = conn.execute("UPDATE virtual_keys SET revoked_at = now() WHERE tenant_id = %s RETURNING key_id, prefix", (tenant,))
        rows = cur.fetchall()
    for key_id, prefix in rows:
        click.echo(f"revoked {key_id} ({prefix}...)")
    click.echo(f"{len(rows)} keys revoked for {tenant}")


@cli.command()
@click.argument("api_key")
def check(api_key: str) -> None:
    if not api_key.startswith("vk-"):
        raise click.BadParameter(f"{api_key} is not a gateway key")
    digest = hashlib.sha256(api_key.encode()).hexdigest()
    with psycopg.connect(os.environ[DSN_VAR]) as conn:
        row = conn.execute("SELECT key_id, revoked_at FROM virtual_keys WHERE key_hash = %s", (digest,)).fetchone()
    state = "unknown" if row is None else ("revoked" if row[1] else "active")
    click.echo(f"key ending {api_key[-4:]} is {state}")


if __name__ == "__main__":
    cli()
