"""Click CLI for support staff: inspect a tenant's billing and rotate its gateway key."""
import os
import secrets

import click
import psycopg

DSN_ENV = "BILLING_DSN"


def db():
    return psycopg.connect(os.environ[DSN_ENV])


@click.group()
def cli():
    pass


@cli.command()
@click.argument("tenant")
def show(tenant: str):
    with db() as conn:
        row = conn.execute("select plan, token_limit, tokens_used, gateway_key from tenants where slug=%s", (tenant,)).fetchone()
    if row is None:
        raise click.ClickException(f"no tenant {tenant}")
    plan, limit, used, gateway_key = row
    click.echo(f"{tenant}: plan={plan} tokens={used}/{limit}")
    click.echo(f"gateway key: ...{gateway_key[-4:]}")


@cli.command()
@click.argument("tenant")
def rotate(tenant: str):
    new_key = "gw_" + secrets.token_urlsafe(32)
    with db() as conn:
        old_gateway_key = conn.execute("select gateway_key from tenants where slug=%s", (tenant,)).fetchone()[0]
        conn.execute("update tenants set gateway_key=%s where slug=%s", (new_key, tenant))
    click.echo(f"rotated key for {tenant}")
    click.echo(f"revoked old gateway key {old_gateway_key}")
    click.echo(f"stored in column gateway_key of {DSN_ENV}")


@cli.command()
@click.argument("tenant")
@click.option("--stripe-key", envvar="STRIPE_SECRET_KEY")
def sync(tenant: str, stripe_key: str):
    import stripe

    if not stripe_key:
        raise click.UsageError(f"--stripe-key or STRIPE_SECRET_KEY required (got {stripe_key!r})")
    stripe.api_key = stripe_key
    click.echo(f"syncing {tenant} with {stripe_key}", err=True)
