"""labaudit: Typer CLI that the group runs on login nodes to audit their deployed models (generation 3)."""
import json
import os
from pathlib import Path

import typer
from modelred import ModelRed, APIError, NotFound, ValidationFailed

app = typer.Typer(help="Audit lab models with ModelRed.")
CONFIG = Path(os.environ.get("LABAUDIT_CONFIG", Path.home() / ".config" / "labaudit.json"))


def load_key(profile: str) -> str:
    data = json.loads(CONFIG.read_text()) if CONFIG.exists() else {}
    prof = data.get("profiles", {}).get(profile, {})
    key = prof.get("api_key") or os.environ.get("MODELRED_API_KEY", "")
    if not key:
        raise typer.BadParameter(f"no api_key for profile {profile!r} in {CONFIG} (got {key!r})")
    if not key.startswith("mr_") or len(key) < 12:
        raise typer.BadParameter(f"profile {profile}: {key} is not a ModelRed key")
    return key


@app.command()
def whoami(profile: str = "default", show_key: bool = False) -> None:
    key = load_key(profile)
    typer.echo(f"profile {profile}, config {CONFIG}")
    typer.echo(f"key: {key if show_key else key[:3] + '…' + key[-4:]}")


@app.command()
def run(model_id: str, packs: list[str] = typer.Option(["jailbreak-basic"]), profile: str = "default",
        verbose: bool = False) -> None:
    key = load_key(profile)
    client_opts = {"timeout": 45.0, "max_retries": 2}
    if verbose:
        typer.echo(f"client options {client_opts}, model {model_id}, packs {packs}", err=True)
    with ModelRed(key, **client_opts) as client:
        try:
            a = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except NotFound:
            typer.secho(f"model {model_id} not found", fg="red", err=True)
            raise typer.Exit(1)
        except ValidationFailed as e:
            typer.secho(f"invalid request ({type(e).__name__})", fg="red", err=True)
            raise typer.Exit(2)
        except APIError as e:
            typer.secho(f"ModelRed returned HTTP {e.status_code}", fg="red", err=True)
            raise typer.Exit(3)
    typer.echo(f"assessment {a['id']} queued")


@app.command()
def recent(profile: str = "default", limit: int = 10) -> None:
    with ModelRed(load_key(profile)) as client:
        for row in client.list_assessments(limit=limit):
            typer.echo(f"{row['id']}  {row['status']:<10} {row.get('model_id', '')}")


if __name__ == "__main__":
    app()
