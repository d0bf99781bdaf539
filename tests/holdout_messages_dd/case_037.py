"""Push campaign CLI for the growth team (click)."""
import os

import click
import requests

ONESIGNAL_APP_ID = os.environ.get("ONESIGNAL_APP_ID", "")
KEY_VAR = "ONESIGNAL_REST_API_KEY"


@click.group()
@click.option("--api-key", envvar=KEY_VAR, required=True, help=f"OneSignal REST key (or ${KEY_VAR})")
@click.pass_context
def cli(ctx, api_key):
    ctx.obj = {"api_key": api_key, "app_id": ONESIGNAL_APP_ID}
    click.echo(f"app {ONESIGNAL_APP_ID}, key from ${KEY_VAR}")


@cli.command()
@click.option("--segment", default="Active Users")
@click.option("--title", required=True)
@click.option("--message", required=True)
@click.option("--dry-run", is_flag=True)
@click.pass_obj
def send(obj, segment, title, message, dry_run):
    body = {"app_id": obj["app_id"], "included_segments": [segment],
            "headings": {"en": title}, "contents": {"en": message}}
    if dry_run:
        click.echo(f"would POST {body}")
        click.echo(f"with Authorization: Basic {obj['api_key']}", err=True)
        return
    r = requests.post("https://onesignal.com/api/v1/notifications", json=body,
                      headers={"Authorization": f"Basic {obj['api_key']}"}, timeout=15)
    click.echo(f"{r.status_code}: {r.json().get('id') or r.json().get('errors')}")


@cli.command()
@click.pass_obj
def whoami(obj):
    key = obj["api_key"]
    click.echo(f"app_id={obj['app_id']} key=****{key[-4:]} len={len(key)}")
    if len(key) < 40:
        click.echo(f"warning: {KEY_VAR} looks truncated: {key}", err=True)


@cli.command()
@click.argument("notification_id")
@click.pass_obj
def cancel(obj, notification_id):
    r = requests.delete(f"https://onesignal.com/api/v1/notifications/{notification_id}",
                        params={"app_id": obj["app_id"]}, headers={"Authorization": f"Basic {obj['api_key']}"}, timeout=15)
    if r.status_code != 200:
        raise click.ClickException(f"cancel failed: {r.status_code} {r.text}")


if __name__ == "__main__":
    cli()
