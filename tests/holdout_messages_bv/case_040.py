"""Report scheduler CLI (click): list, run and debug scheduled ModelRed reports."""
import json
import os

import click
from modelred import ModelRed, APIError, Unauthorized

CONFIG = os.path.expanduser("~/.report_scheduler.json")


def load_cfg() -> dict:
    with open(CONFIG) as fh:
        return json.load(fh)


@click.group()
def cli():
    pass


@cli.command()
def config():
    cfg = load_cfg()
    click.echo(f"schedules: {len(cfg.get('schedules', []))}")
    click.echo(f"api key: {cfg.get('api_key', '')[:4]}****")
    click.echo(f"webhook secret: {cfg.get('webhook_secret')}")


@cli.command()
@click.argument("model_id")
def run(model_id):
    cfg = load_cfg()
    key = cfg.get("api_key") or os.environ.get("MODELRED_API_KEY", "")
    try:
        with ModelRed(key) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=cfg.get("packs", []),
                                     detector_api_key=cfg.get("detector_key"))
    except Unauthorized:
        raise click.ClickException(f"ModelRed rejected the key {key}")
    except APIError as e:
        click.echo(f"run failed: {type(e).__name__} ({e.status_code})", err=True)
        raise SystemExit(1)
    click.echo(f"queued {a.get('id')} for {model_id}")


@cli.command()
def doctor():
    cfg = load_cfg()
    click.echo(json.dumps(cfg, indent=2), err=True)
    click.echo(f"env MODELRED_API_KEY set: {'MODELRED_API_KEY' in os.environ}", err=True)


if __name__ == "__main__":
    cli()
