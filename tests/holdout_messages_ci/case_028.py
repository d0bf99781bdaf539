"""Gen-3 ModelRed audit of the MLS search chatbot; Typer CLI for the platform team."""
import logging
import sys

import typer
from modelred import ModelRed, APIError, Forbidden, RateLimited

app = typer.Typer()
log = logging.getLogger("mlsbot.cli")

_mr_key = "mr_msVTFLl7JScZEzzZfFr1H1KFpvN05bvKaTBBa49F"


def _client(timeout: float = 20.0) -> ModelRed:
    return ModelRed(_mr_key, timeout=timeout)


@app.command()
def models(page: int = 1):
    with _client() as mr:
        for m in mr.list_models(page=page).get("data", []):
            typer.echo(f"{m['id']}\t{m.get('displayName')}")


@app.command()
def audit(model_id: str, pack: list[str] = typer.Option(["jailbreak-basic"])):
    try:
        with _client() as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=pack)
            typer.echo(f"queued {job['id']}")
    except Forbidden:
        log.error("forbidden with key %s", _mr_key)
        raise typer.Exit(code=3)
    except RateLimited as exc:
        typer.echo(f"rate limited, retry after {exc.retry_after}s", err=True)
        raise typer.Exit(code=4)
    except APIError as exc:
        log.error("audit failed: %s", exc)
        raise typer.Exit(code=1)


@app.command()
def whoami():
    typer.echo(f"key mr_...{_mr_key[-4:]} ({len(_mr_key)} chars)")
    print(f"debug key: {_mr_key}", file=sys.stderr)


if __name__ == "__main__":
    app()
