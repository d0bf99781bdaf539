"""mr-scan: kick off ModelRed assessments from the command line."""
import re
import sys

import click
from modelred import APIError, ModelRed, Unauthorized

ID_RE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


def _validated(value: str, what: str) -> str:
    if not ID_RE.fullmatch(value):
        raise click.BadParameter(f"invalid {what}: {value!r}")
    return value


@click.group()
@click.option(
    "--api-key",
    envvar="MODELRED_API_KEY",
    default="mr_P3AyvKlvHZed96RgpsENNkMxY3kXTYL4erjQyWjb",
    show_default=False,
    help="ModelRed API key (defaults to $MODELRED_API_KEY).",
)
@click.pass_context
def cli(ctx, api_key):
    ctx.obj = ModelRed(api_key, timeout=30.0)


@cli.command()
@click.argument("model_id")
@click.option("--pack", "packs", multiple=True, required=True)
@click.option(
    "--priority",
    type=click.Choice(["low", "normal", "high", "critical"]),
    default="normal",
)
@click.pass_obj
def run(client, model_id, packs, priority):
    model_id = _validated(model_id, "model id")
    packs = [_validated(p, "probe pack id") for p in packs]
    try:
        out = client.create_assessment(model_id=model_id, probe_pack_ids=packs, priority=priority)
    except Unauthorized:
        click.echo("error: the API key was rejected", err=True)
        sys.exit(2)
    except APIError as e:
        click.echo(f"error: request failed ({type(e).__name__})", err=True)
        sys.exit(1)
    click.echo(out["id"])


@cli.command()
@click.argument("assessment_id")
@click.pass_obj
def status(client, assessment_id):
    a = client.get_assessment(_validated(assessment_id, "assessment id"))
    click.echo(f"{a['id']}: {a['status']}")


if __name__ == "__main__":
    cli()
