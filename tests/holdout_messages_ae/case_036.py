"""`mr2 scan` (click, generation 2 SDK): start assessments and wait, with a JSON summary."""
from __future__ import annotations

import json
import logging
import os

import click
from modelred import ModelRed, ModelRedError, NotFoundError, RateLimitError

log = logging.getLogger("mr2")


def run_scan(client: ModelRed, model: str, tests: list[str], timeout: int) -> dict:
    try:
        job = client.create_assessment(model=model, test_types=tests, priority="normal")
        done = client.wait_for_completion(job["id"], timeout=timeout)
    except NotFoundError as e:
        return {"model": model, "status": "missing", "detail": str(e)}
    except RateLimitError as e:
        log.warning("rate limited for %s: %s", model, e)
        return {"model": model, "status": "rate_limited"}
    except ModelRedError as e:
        log.exception("scan of %s failed", model)
        return {"model": model, "status": "error", "kind": type(e).__name__}
    return {"model": model, "status": done.get("status"), "score": done.get("overall_score")}


@click.command()
@click.argument("models", nargs=-1, required=True)
@click.option("--test", "tests", multiple=True, default=("prompt_injection",))
@click.option("--timeout", default=1200, show_default=True)
@click.option("--api-key", envvar="MODELRED_API_KEY", required=True)
@click.option("--debug", is_flag=True)
def main(models: tuple[str, ...], tests: tuple[str, ...], timeout: int, api_key: str, debug: bool) -> None:
    client_kwargs = {"api_key": api_key}
    if os.environ.get("MR2_BASE_URL"):
        client_kwargs["base_url"] = os.environ["MR2_BASE_URL"]
    if debug:
        click.echo(f"client kwargs: {client_kwargs}", err=True)
        click.echo(f"base url: {client_kwargs.get('base_url', 'default')}", err=True)
    client = ModelRed(**client_kwargs)
    summary = [run_scan(client, m, list(tests), timeout) for m in models]
    click.echo(json.dumps(summary, indent=2))
    bad = [s for s in summary if s["status"] not in ("completed", "passed")]
    if bad:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
