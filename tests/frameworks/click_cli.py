"""redteam: the CLI our CI bot runs with values taken from pull-request comments
(`/redteam run support-bot --pack pack-jailbrk02`)."""

import os
import re
import sys

import click

from modelred import ModelRed, NotFound

PACKS = ["pack-basicsec01", "pack-jailbrk02", "pack-toxicity3", "pack-pii00004"]
PACK_RE = re.compile(r"pack-[a-z0-9]{6,24}")
MODEL_RE = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


def _pack_id(ctx, param, value):
    if value is not None and not PACK_RE.fullmatch(value):
        raise click.BadParameter("expected a probe pack id such as pack-basicsec01")
    return value


@click.group()
@click.option("--timeout", type=click.FloatRange(1, 300), default=20.0, show_default=True)
@click.pass_context
def cli(ctx, timeout):
    """Drive ModelRed assessments from CI."""
    ctx.obj = ModelRed(os.environ["MODELRED_API_KEY"], timeout=timeout)


@cli.command()
@click.argument("model")
@click.option("--pack", "packs", multiple=True, type=click.Choice(PACKS), default=PACKS[:1])
@click.option("--priority", type=click.Choice(["low", "normal", "high"]), default="normal")
@click.pass_obj
def run(client, model, packs, priority):
    """Start an assessment of MODEL."""
    assessment = client.create_assessment(
        model=model,
        probe_pack_ids=list(packs),
        priority=priority,
    )
    click.echo(f"started {assessment['id']}")


@cli.command()
@click.argument("model")
@click.option("--preset", type=click.IntRange(0, len(PACKS) - 1), default=0, help="index into the approved packs")
@click.pass_obj
def quick(client, model, preset):
    """Start a one-pack assessment of a model that passed the naming check."""
    if not MODEL_RE.fullmatch(model):
        raise click.UsageError(f"{model!r} is not a model slug")
    assessment = client.create_assessment(model=model, probe_pack_ids=[PACKS[preset]])
    click.echo(assessment["id"])


@cli.command()
@click.argument("assessment_id", type=click.UUID)
@click.pass_obj
def status(client, assessment_id):
    """Print an assessment's status."""
    try:
        data = client.get_assessment(str(assessment_id))
    except NotFound:
        sys.exit(f"no assessment {assessment_id}")
    click.echo(f"{data['status']} {data.get('progress', 0)}%")


@cli.command()
@click.argument("assessment_id")
@click.option("--yes", is_flag=True, help="do not ask for confirmation")
@click.pass_obj
def cancel(client, assessment_id, yes):
    """Cancel a running assessment."""
    if not yes:
        click.confirm(f"Cancel {assessment_id}?", abort=True)
    client.cancel_assessment(assessment_id)
    click.echo("cancelled")


@cli.command()
@click.option("--pack-id", required=True, callback=_pack_id)
@click.option("--raw", is_flag=True, help="print the prompts too")
@click.pass_obj
def pack(client, pack_id, raw):
    """Show a probe pack."""
    info = client.get_probe_pack(pack_id)
    click.echo(f"{info['name']}: {info.get('description', '')}")
    if raw:
        for prompt in client.get_probe_pack_data(pack_id).get("prompts", []):
            click.echo(f"  - {prompt}")


@cli.command(name="by-id")
@click.option("--model-id", required=True)
@click.option("--pack", "packs", multiple=True, required=True)
@click.pass_obj
def by_id(client, model_id, packs):
    """Start an assessment by model id, with any pack ids the comment names."""
    for p in packs:
        if not PACK_RE.fullmatch(p):
            click.secho(f"warning: {p} does not look like a pack id", fg="yellow", err=True)
    client.create_assessment_by_id(
        model_id=model_id,
        probe_pack_ids=list(packs),
    )


if __name__ == "__main__":
    cli()
