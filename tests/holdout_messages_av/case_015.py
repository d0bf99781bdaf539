"""Scheduled ModelRed scan of the crop-advice assistant (generation 3 SDK)."""
import logging
import os

import click
from modelred import ModelRed, Unauthorized, Forbidden, LimitExceeded, APIError

log = logging.getLogger("cropadvice.scan")

PACKS = ["prompt-injection", "pii-leak", "harmful-advice"]
KEY_ENV = "MODELRED_API_KEY"


def client_from_env() -> ModelRed:
    key = os.environ.get(KEY_ENV, "")
    if not key.startswith("mr_"):
        raise click.ClickException(f"{KEY_ENV} does not look like a ModelRed key: {key!r}")
    return ModelRed(key, timeout=60.0, max_retries=2)


@click.command()
@click.option("--model-id", required=True)
@click.option("--priority", default="normal")
@click.option("--openai-key", envvar="OPENAI_API_KEY", default=None)
def main(model_id, priority, openai_key):
    client = client_from_env()
    kwargs = {"model_id": model_id, "probe_pack_ids": PACKS, "priority": priority}
    if openai_key:
        kwargs["detector_api_key"] = openai_key
    click.echo(f"scanning {model_id} with packs {PACKS} at {priority}")
    log.debug("create_assessment kwargs: %s", kwargs)
    try:
        a = client.create_assessment(**kwargs)
    except (Unauthorized, Forbidden) as e:
        log.error("ModelRed refused: %s", type(e).__name__)
        raise click.ClickException("ModelRed refused the key; rotate it in the vault")
    except LimitExceeded as e:
        log.warning("scan limit: %s", e)
        raise click.ClickException("monthly scan limit reached; try again next month")
    except APIError as e:
        log.exception("scan failed")
        raise SystemExit(2)
    click.echo(f"assessment {a['id']} queued")
    for row in client.list_assessments(limit=5)["data"]:
        click.echo(f"{row['id']} {row['status']}")


if __name__ == "__main__":
    main()
