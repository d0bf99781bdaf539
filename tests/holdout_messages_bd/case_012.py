# dispatch_console.py -- taxi dispatch CLI for night operators
import os
import click
import requests
from modelred import ModelRed, Unauthorized, LimitExceeded

DISPATCH_API = os.environ.get("DISPATCH_API", "https://dispatch.internal/api")


def _headers(token: str) -> dict:
    return {"Authorization": f"Bearer {token}", "X-Console": "night-ops"}


@click.group()
@click.option("--token", envvar="DISPATCH_TOKEN", required=True)
@click.pass_context
def cli(ctx, token):
    ctx.obj = {"token": token, "api": DISPATCH_API}
    click.echo(f"dispatch API: {DISPATCH_API}")


@cli.command()
@click.argument("booking_id")
@click.pass_obj
def assign(obj, booking_id):
    r = requests.post(f"{obj['api']}/bookings/{booking_id}/assign", headers=_headers(obj["token"]), timeout=10)
    if r.status_code == 401:
        click.echo(f"token rejected: {obj['token']}", err=True)
        raise SystemExit(1)
    click.echo(f"booking {booking_id}: {r.json().get('driver', 'unassigned')} (status {r.status_code})")


@cli.command()
@click.pass_obj
def whoami(obj):
    hdrs = {"Authorization": f"Bearer {obj['token']}", "X-Console": "whoami"}
    r = requests.get(f"{obj['api']}/me", headers=hdrs, timeout=10)
    click.echo(f"sent {hdrs} -> {r.status_code}", err=True)


@cli.command()
@click.option("--mr-key", envvar="MODELRED_API_KEY", required=True)
def audit(mr_key):
    with ModelRed(mr_key) as client:
        try:
            models = client.list_models()
        except Unauthorized:
            click.echo("ModelRed: key unauthorized (check MODELRED_API_KEY)", err=True)
            return
        except LimitExceeded as exc:
            click.echo(f"ModelRed limit: {exc.status_code}", err=True)
            return
    click.echo(f"{len(models.get('data', []))} models")


if __name__ == "__main__":
    cli()
