"""Click CLI used by the informatics team to kick off ModelRed scans of clinical models."""
import os
import sys

import click
from modelred import ModelRed, ModelRedError, Unauthorized, ValidationFailed


@click.group()
@click.option("--api-key", envvar="MODELRED_API_KEY", required=True, help="ModelRed key (or MODELRED_API_KEY)")
@click.option("--verbose", is_flag=True)
@click.pass_context
def cli(ctx, api_key, verbose):
    ctx.obj = {"api_key": api_key, "verbose": verbose}
    if verbose:
        click.echo(f"api key length {len(api_key)}, starts with mr_: {api_key.startswith('mr_')}", err=True)


@cli.command()
@click.argument("model_id")
@click.option("--pack", "packs", multiple=True, default=["phi-exfil"])
@click.pass_obj
def scan(obj, model_id, packs):
    try:
        with ModelRed(obj["api_key"]) as mr:
            a = mr.create_assessment(model_id=model_id, probe_pack_ids=list(packs))
    except Unauthorized:
        click.echo(f"ModelRed rejected the key {obj['api_key']}", err=True)
        sys.exit(3)
    except ValidationFailed as e:
        click.echo(f"invalid request: {type(e).__name__}", err=True)
        sys.exit(2)
    except ModelRedError as e:
        click.echo(f"scan failed (status {getattr(e, 'status_code', '?')})", err=True)
        sys.exit(1)
    click.echo(f"assessment {a['id']} queued for {model_id} with packs {', '.join(packs)}")


@cli.command()
@click.pass_obj
def whoami(obj):
    env_source = "environment" if os.environ.get("MODELRED_API_KEY") == obj["api_key"] else "--api-key"
    click.echo(f"key source: {env_source}")
    if obj["verbose"]:
        click.secho(f"key: {obj['api_key']}", fg="yellow")


@cli.command()
@click.argument("assessment_id")
@click.pass_obj
def status(obj, assessment_id):
    with ModelRed(obj["api_key"]) as mr:
        a = mr.get_assessment(assessment_id)
    click.echo(f"{assessment_id}: {a.get('status')} ({a.get('progress', 0)}%)")


if __name__ == "__main__":
    cli()
