"""Typer eval-runner that compares two providers on a prompt suite (generation-3 ModelRed for scoring)."""
import json
import logging
import os
from pathlib import Path

import typer
from modelred import ModelRed, NotFound, RateLimited, ServerError

app = typer.Typer()
log = logging.getLogger("duel")
TRANSIENT = (RateLimited, ServerError)


def _client(api_key: str) -> ModelRed:
    return ModelRed(api_key, timeout=15.0, max_retries=2)


@app.command()
def duel(
    suite: Path,
    model_a: str,
    model_b: str,
    api_key: str = typer.Option(..., envvar="MODELRED_API_KEY"),
    xai_api_key: str = typer.Option("", envvar="XAI_API_KEY"),
    debug: bool = False,
) -> None:
    prompts = json.loads(suite.read_text())
    log.info("suite %s: %d prompts, models %s vs %s", suite, len(prompts), model_a, model_b)
    if debug:
        typer.echo(f"xai key={xai_api_key} modelred key={api_key[:4]}...")
    with _client(api_key) as client:
        for model_id in (model_a, model_b):
            try:
                job = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["jailbreak-basic"])
            except NotFound:
                typer.echo(f"model {model_id} not registered")
                continue
            except TRANSIENT as exc:
                log.warning("transient error on %s: %s", model_id, type(exc).__name__)
                continue
            typer.echo(f"{model_id}: assessment {job['id']}")


def score_report(api_key: str, assessment_id: str) -> str:
    try:
        with _client(api_key) as client:
            data = client.get_assessment(assessment_id)
    except TRANSIENT as exc:
        return f"report unavailable: {exc}"
    return json.dumps(data.get("summary", {}), indent=2)


if __name__ == "__main__":
    os.environ.setdefault("DUEL_LOG", "info")
    app()
