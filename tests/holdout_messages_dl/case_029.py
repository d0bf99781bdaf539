"""`hfpush`: uploads fine-tune datasets to the Hugging Face Hub; token from the CLI, env, or the cached token file."""
import logging
import os
from pathlib import Path

import click
from huggingface_hub import HfApi
from huggingface_hub.utils import HfHubHTTPError

log = logging.getLogger("hfpush")
TOKEN_PATH = Path(os.environ.get("HF_HOME", Path.home() / ".cache" / "huggingface")) / "token"


def find_token(cli_token):
    if cli_token:
        return cli_token, "--token"
    if os.environ.get("HF_TOKEN"):
        return os.environ["HF_TOKEN"], "HF_TOKEN"
    if TOKEN_PATH.exists():
        return TOKEN_PATH.read_text().strip(), str(TOKEN_PATH)
    return None, None


@click.command()
@click.argument("repo_id")
@click.argument("files", nargs=-1, type=click.Path(exists=True))
@click.option("--token", default=None, help="Hugging Face token (hf_...)")
@click.option("--debug", is_flag=True)
def main(repo_id, files, token, debug):
    logging.basicConfig(level=logging.DEBUG if debug else logging.INFO)
    hf_token, source = find_token(token)
    if hf_token is None:
        raise click.ClickException("no token: pass --token, set HF_TOKEN or run `huggingface-cli login`")
    log.info("token from %s", source)
    if debug:
        click.echo(f"debug: hf_token={hf_token}", err=True)
    api = HfApi(token=hf_token)
    try:
        who = api.whoami()
    except HfHubHTTPError as exc:
        raise click.ClickException(f"token {hf_token} rejected by the Hub") from exc
    log.info("pushing as %s to %s", who.get("name"), repo_id)
    for f in files:
        api.upload_file(path_or_fileobj=f, path_in_repo=os.path.basename(f), repo_id=repo_id, repo_type="dataset")
        click.echo(f"uploaded {f}")


if __name__ == "__main__":
    main()
