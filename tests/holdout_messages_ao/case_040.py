"""kbadmin: typer CLI for the enterprise search platform's API keys and connectors."""
import json
import os
import secrets
from pathlib import Path

import typer

app = typer.Typer(help="Enterprise search admin")
CONFIG = Path(os.getenv("KBADMIN_CONFIG", "~/.config/kbadmin/config.json")).expanduser()
INGEST_KEY_FIELD = "ingest_api_key"


def load() -> dict:
    return json.loads(CONFIG.read_text()) if CONFIG.exists() else {}


def save(cfg: dict) -> None:
    CONFIG.parent.mkdir(parents=True, exist_ok=True)
    CONFIG.write_text(json.dumps(cfg, indent=2))
    CONFIG.chmod(0o600)


@app.command()
def rotate_ingest_key(show: bool = typer.Option(False, help="print the new key once")):
    cfg = load()
    old = cfg.get(INGEST_KEY_FIELD, "")
    new_key = "kbi_" + secrets.token_urlsafe(32)
    cfg[INGEST_KEY_FIELD] = new_key
    save(cfg)
    typer.echo(f"rotated {INGEST_KEY_FIELD} (old ...{old[-4:]}) in {CONFIG}")
    if show:
        typer.echo(f"new ingest key: {new_key}")


@app.command()
def config_show():
    cfg = load()
    safe = {k: ("***" if "key" in k or "token" in k else v) for k, v in cfg.items()}
    typer.echo(json.dumps(safe, indent=2))
    typer.echo(f"{len(cfg)} settings, {sum(1 for k in cfg if 'key' in k)} keys")


@app.command()
def connector_test(name: str):
    cfg = load()
    conn = cfg.get("connectors", {}).get(name)
    if conn is None:
        raise typer.BadParameter(f"no connector {name!r}; known: {sorted(cfg.get('connectors', {}))}")
    typer.echo(f"{name}: type={conn['type']} url={conn['url']}")
    if conn.get("client_secret") and os.getenv("KBADMIN_DEBUG"):
        typer.secho(f"{name} client_secret={conn['client_secret']}", err=True, fg="yellow")


if __name__ == "__main__":
    app()
