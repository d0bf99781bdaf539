"""`mrcli selftest`: exercise the CLI against a fake ModelRed API (httpx.MockTransport)."""
from __future__ import annotations

import json
import logging

import httpx
import typer
from modelred import ModelRed, Unauthorized

log = logging.getLogger("mrcli.selftest")
app = typer.Typer()

DEV_OPENAI_KEY = "sk-ntw7BervBTXt6x0YEI8kxGgDxeLvVWGeyBj9LFZIj2NWUOvz"
EXPECTED_AUTH = "Bearer mr_selftest_placeholder"


def _handler(request: httpx.Request) -> httpx.Response:
    auth = request.headers.get("authorization", "")
    log.debug("mock %s %s (auth header present: %s)", request.method, request.url.path, bool(auth))
    if auth != EXPECTED_AUTH:
        return httpx.Response(401, json={"error": "unauthorized"})
    if request.url.path.endswith("/models"):
        return httpx.Response(200, json={"data": [{"id": "m1", "provider": "openai"}]})
    body = json.loads(request.content or b"{}")
    log.debug("mock create_assessment body keys: %s", sorted(body))
    return httpx.Response(201, json={"id": "a1", "status": "queued"})


@app.command()
def selftest(verbose: bool = False) -> None:
    transport = httpx.MockTransport(_handler)
    with ModelRed("mr_selftest_placeholder", transport=transport, max_retries=0) as client:
        models = client.list_models()
        typer.echo(f"list_models -> {len(models['data'])} model(s)")
        job = client.create_assessment(model_id="m1", probe_pack_ids=["p1"], detector_api_key=DEV_OPENAI_KEY)
        typer.echo(f"create_assessment -> {job['id']} {job['status']}")
    if verbose:
        log.info("seeded dev detector key %s", DEV_OPENAI_KEY)
    try:
        with ModelRed("mr_wrong_placeholder_xx", transport=transport, max_retries=0) as bad:
            bad.list_models()
    except Unauthorized as e:
        typer.echo(f"unauthorized path ok ({type(e).__name__})")
    else:
        raise RuntimeError(f"mock accepted a wrong key; detector key was {DEV_OPENAI_KEY}")
    typer.echo("selftest passed")


if __name__ == "__main__":
    app()
