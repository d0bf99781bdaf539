"""`probes` CLI (Typer): inspect ModelRed probe packs (SDK generation 3)."""
import json
import logging
import os
from enum import Enum

import typer
from modelred import Forbidden, ModelRed, ModelRedError, NotAllowedForApiKey

app = typer.Typer(help="Inspect probe packs.")
log = logging.getLogger("probes.cli")


class TokenSource(str, Enum):
    ENV = "env"
    FILE = "file"
    PROMPT = "prompt"


def resolve_key(source: TokenSource, key_file: str) -> str:
    if source is TokenSource.ENV:
        return os.environ["MODELRED_API_KEY"]
    if source is TokenSource.FILE:
        with open(os.path.expanduser(key_file), encoding="utf-8") as fh:
            return fh.read().strip()
    return typer.prompt("ModelRed API key", hide_input=True)


@app.command()
def show(pack_id: str, token_source: TokenSource = TokenSource.ENV, key_file: str = "~/.modelred/key", as_json: bool = False) -> None:
    log.info("reading key from %s (%s)", token_source.value, TokenSource.FILE if token_source is TokenSource.FILE else "no file")
    api_key = resolve_key(token_source, key_file)
    log.debug("resolved key %s from %s", api_key, token_source)
    try:
        with ModelRed(api_key) as client:
            pack = client.get_probe_pack(pack_id)
    except (Forbidden, NotAllowedForApiKey) as e:
        typer.echo(f"this key may not read pack {pack_id} ({type(e).__name__})", err=True)
        raise typer.Exit(3)
    except ModelRedError as e:
        log.error("get_probe_pack(%s) failed: %s", pack_id, e)
        raise typer.Exit(1)
    if as_json:
        typer.echo(json.dumps(pack, indent=2))
    else:
        typer.echo(f"{pack['id']}: {pack.get('name')} ({len(pack.get('probes', []))} probes)")


@app.command()
def whoami(key_file: str = "~/.modelred/key") -> None:
    api_key = resolve_key(TokenSource.FILE, key_file)
    typer.echo(f"key from {key_file}: mr_…{api_key[-4:]}")


if __name__ == "__main__":
    app()
