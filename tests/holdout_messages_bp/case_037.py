"""Typer CLI for the team's red-team step in CI (ModelRed gen 1, async)."""
import asyncio
import json
import logging
import os

import typer
from modelred import ModelRed, ModelRedError, AssessmentError, TierRestrictedError

cli = typer.Typer()
log = logging.getLogger("ci-redteam")


async def _scan(model_id: str, suites: list[str], api_key: str) -> dict:
    async with ModelRed(api_key=api_key) as client:
        return await client.run_assessment(model_id=model_id, test_suites=suites,
                                           wait_for_completion=True, timeout_minutes=45)


def scan_for_pipeline(model_id: str, suites: list[str]) -> dict:
    """Called by the training pipeline's post-train hook; returns a status dict."""
    key = os.environ["MODELRED_API_KEY"]
    try:
        result = asyncio.run(_scan(model_id, suites, key))
    except TierRestrictedError:
        return {"ok": False, "message": "suite not in plan"}
    except AssessmentError as e:
        log.error("assessment error for %s: %s", model_id, e)
        return {"ok": False, "message": "assessment failed: " + str(e)}
    except ModelRedError as e:
        log.exception("ModelRed failure")
        return {"ok": False, "message": type(e).__name__}
    return {"ok": True, "score": result.get("overall_score")}


@cli.command()
def scan(model_id: str, suites: str = "basic_security", api_key: str = typer.Option(None, envvar="MODELRED_API_KEY")):
    if api_key is None:
        typer.echo("MODELRED_API_KEY not set", err=True)
        raise typer.Exit(2)
    if not api_key.startswith("mr_") or len(api_key) < 12:
        typer.echo(f"invalid ModelRed key: {api_key}", err=True)
        raise typer.Exit(2)
    out = scan_for_pipeline(model_id, suites.split(","))
    typer.echo(json.dumps(out))


@cli.command()
def whoami(api_key: str = typer.Option(None, envvar="MODELRED_API_KEY")):
    typer.echo(f"key configured: {api_key is not None}, suffix {api_key[-4:] if api_key else '-'}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    cli()
