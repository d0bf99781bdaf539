"""click CLI for the 10x Genomics Cloud uploads used by the single-cell core."""
import os
import pathlib

import click
import requests

CLOUD_API = "https://cloud.10xgenomics.com/api"
TOKEN_FILE = pathlib.Path.home() / ".config" / "txg" / "credentials"


def read_token() -> str:
    return TOKEN_FILE.read_text().strip() if TOKEN_FILE.exists() else ""


@click.group()
@click.option("--debug", is_flag=True)
@click.pass_context
def cli(ctx, debug):
    ctx.obj = {"debug": debug, "token": os.environ.get("TXG_ACCESS_TOKEN") or read_token()}


@cli.command()
@click.argument("token")
def login(token):
    """Store a 10x Genomics Cloud access token."""
    TOKEN_FILE.parent.mkdir(parents=True, exist_ok=True)
    TOKEN_FILE.write_text(token)
    TOKEN_FILE.chmod(0o600)
    click.echo(f"saved token to {TOKEN_FILE}")
    click.echo(f"token fingerprint: {hash(token) & 0xFFFF:04x}")


@cli.command()
@click.pass_context
def whoami(ctx):
    token = ctx.obj["token"]
    r = requests.get(f"{CLOUD_API}/user", headers={"Authorization": f"Bearer {token}"}, timeout=20)
    if r.status_code == 401:
        click.echo(f"token {token} is not valid any more", err=True)
        raise SystemExit(1)
    click.echo(f"{r.json().get('email')} ({r.status_code})")


@cli.command()
@click.argument("fastq_dir", type=click.Path(exists=True))
@click.option("--project", required=True)
@click.pass_context
def upload(ctx, fastq_dir, project):
    if ctx.obj["debug"]:
        click.echo(f"context: {ctx.obj}", err=True)
    files = sorted(p.name for p in pathlib.Path(fastq_dir).glob("*.fastq.gz"))
    click.echo(f"uploading {len(files)} files to project {project}")
    for name in files:
        click.echo(f"  {name}")


if __name__ == "__main__":
    cli()
