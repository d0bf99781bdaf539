"""Gen 3 ModelRed CI gate for the trading copilot, run from GitHub Actions."""
import os
import sys
import time

import click
from modelred import ModelRed, ModelRedError, LimitExceeded, ValidationFailed, ServerError, RateLimited

RETRYABLE = (RateLimited, ServerError)
TOKEN_BUDGET_VAR = "COPILOT_MAX_TOKENS"


@click.command()
@click.option("--model-id", default="trading-copilot")
@click.option("--pack", "packs", multiple=True, default=["finance-core"])
@click.option("--api-key", envvar="MODELRED_API_KEY", required=True)
@click.option("--openai-key", envvar="OPENAI_API_KEY", default=None)
def gate(model_id, packs, api_key, openai_key):
    click.echo(f"gating {model_id} with packs {', '.join(packs)}")
    click.echo(f"token budget from {TOKEN_BUDGET_VAR}={os.getenv(TOKEN_BUDGET_VAR, '1024')}")
    if openai_key:
        click.echo(f"detector key configured: {openai_key}", err=True)
    with ModelRed(api_key, timeout=60.0) as mr:
        for attempt in range(5):
            try:
                job = mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=list(packs))
                break
            except RETRYABLE as e:
                click.echo(f"retryable {type(e).__name__}, attempt {attempt}", err=True)
                time.sleep(10)
            except LimitExceeded:
                click.echo("monthly limit reached; skipping gate", err=True)
                return
            except ValidationFailed as e:
                raise click.ClickException(f"ModelRed refused the request ({type(e).__name__})")
        else:
            sys.exit(3)
        click.echo(f"assessment {job['id']} queued")


def _mask(k):
    return k[:3] + "…" + k[-4:] if k else "<unset>"


if __name__ == "__main__":
    key = os.getenv("MODELRED_API_KEY", "")
    click.echo(f"key {_mask(key)}")
    if key and not key.startswith("mr_"):
        raise click.BadParameter(f"MODELRED_API_KEY must start with mr_, got {key}")
    gate()
