"""asset-sync: push generated textures and LoRA weights to the Hugging Face hub."""
import os
from pathlib import Path

import click
from huggingface_hub import HfApi
from huggingface_hub.utils import HfHubHTTPError


def resolve_token(token: str | None) -> str:
    token = token or os.environ.get("HF_TOKEN") or os.environ.get("HUGGINGFACE_API_TOKEN")
    if not token:
        raise click.UsageError("no token: use --token or set HF_TOKEN")
    if not token.startswith("hf_"):
        raise click.BadParameter(f"{token} is not a Hugging Face token")
    return token


@click.group()
def cli():
    pass


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--repo", required=True, help="org/name of the asset repo")
@click.option("--token", envvar="HF_TOKEN", default=None)
@click.option("--dry-run", is_flag=True)
def push(folder: str, repo: str, token: str | None, dry_run: bool):
    token = resolve_token(token)
    files = sorted(p for p in Path(folder).rglob("*") if p.suffix in {".png", ".safetensors", ".json"})
    click.echo(f"{len(files)} files -> {repo} (token ...{token[-4:]})")
    if dry_run:
        for f in files:
            click.echo(f"  would upload {f}")
        return
    api = HfApi(token=token)
    try:
        who = api.whoami()
    except HfHubHTTPError as exc:
        click.echo(f"whoami failed ({exc.response.status_code}) with token {token}", err=True)
        raise SystemExit(1)
    click.echo(f"authenticated as {who['name']}")
    api.upload_folder(folder_path=folder, repo_id=repo, repo_type="model", allow_patterns=["*.png", "*.safetensors", "*.json"])
    click.echo("done")


@cli.command()
@click.option("--token", envvar="HF_TOKEN", default=None)
def whoami(token):
    token = resolve_token(token)
    info = HfApi(token=token).whoami()
    click.echo(f"{info['name']} orgs={[o['name'] for o in info.get('orgs', [])]} auth={info['auth']['type']}")


if __name__ == "__main__":
    cli()
