"""`mr3 scan` (typer + asyncio): run assessments for several models and write a CI report."""
from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import typer
from modelred import AsyncModelRed, APIError, RateLimited, NotFound

app = typer.Typer()


async def scan_models(key: str, models: list[str], packs: list[str]) -> list[dict]:
    results: list[dict] = []
    async with AsyncModelRed(key, timeout=30.0, max_retries=3) as client:
        for m in models:
            try:
                job = await client.create_assessment(model_id=m, probe_pack_ids=packs, priority="high")
                results.append({"model": m, "assessment": job["id"], "status": "queued"})
            except RateLimited as e:
                typer.echo(f"rate limited on {m}, retry after {e.retry_after}s", err=True)
                results.append({"model": m, "status": "rate_limited"})
            except NotFound:
                results.append({"model": m, "status": "unknown model"})
            except APIError as e:
                results.append({"model": m, "status": "error", "error": str(e)})
    return results


@app.command()
def scan(
    models: list[str] = typer.Argument(...),
    pack: list[str] = typer.Option(["owasp-llm-top10"], "--pack"),
    report: Path = typer.Option(Path("modelred-report.json")),
    api_key: str = typer.Option(None, envvar="MODELRED_API_KEY", show_envvar=True),
) -> None:
    if not api_key:
        typer.secho("set MODELRED_API_KEY or pass --api-key", fg="red", err=True)
        raise typer.Exit(2)
    if os.environ.get("CI_DEBUG"):
        typer.secho(f"api_key={api_key} packs={pack}", fg="yellow", err=True)
    results = asyncio.run(scan_models(api_key, models, pack))
    report.write_text(json.dumps(results, indent=2))
    typer.echo(f"wrote {len(results)} result(s) to {report}")
    if any(r["status"] != "queued" for r in results):
        raise typer.Exit(1)


if __name__ == "__main__":
    app()
