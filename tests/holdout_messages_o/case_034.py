"""cli.py - `redteam` command line tool (click) for the platform team"""
import json
import os

import click
from modelred import ModelRed, APIError

CONFIG_PATH = os.path.expanduser("~/.config/redteam/config.json")


def load_config() -> dict:
    if not os.path.exists(CONFIG_PATH):
        return {}
    with open(CONFIG_PATH) as fh:
        return json.load(fh)


@click.group()
@click.option("--api-key", envvar="MODELRED_API_KEY", help="ModelRed API key")
@click.option("--debug", is_flag=True)
@click.pass_context
def cli(ctx, api_key, debug):
    cfg = load_config()
    ctx.obj = {"api_key": api_key or cfg.get("api_key"), "debug": debug, "default_packs": cfg.get("packs", ["jailbreak-basic"])}
    if debug:
        click.echo(f"config file: {CONFIG_PATH}", err=True)
        click.echo(f"context: {ctx.obj}", err=True)
        click.echo(f"default packs: {ctx.obj['default_packs']}", err=True)


@cli.command()
@click.argument("model_id")
@click.pass_obj
def run(obj, model_id):
    with ModelRed(obj["api_key"]) as mr:
        try:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=obj["default_packs"])
        except APIError as e:
            raise click.ClickException(f"ModelRed returned HTTP {e.status}")
    click.echo(a["id"])


@cli.command("save-key")
@click.argument("key")
def save_key(key):
    if not key.startswith("mr_"):
        raise click.BadParameter(f"{key} is not a ModelRed key (expected mr_...)")
    os.makedirs(os.path.dirname(CONFIG_PATH), exist_ok=True)
    with open(CONFIG_PATH, "w") as fh:
        json.dump({**load_config(), "api_key": key}, fh)
    click.echo(f"saved key ending in {key[-4:]} to {CONFIG_PATH}")


if __name__ == "__main__":
    cli()
