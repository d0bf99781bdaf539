"""Star-imported ModelRed (gen 3) used from a Prefect flow that vets fine-tuned ETL models."""
from __future__ import annotations

import os

from modelred import *  # noqa: F401,F403
from prefect import flow, get_run_logger
from prefect.blocks.system import Secret


def _client() -> "ModelRed":
    return ModelRed(Secret.load("modelred-key").get(), timeout=25.0)


@flow
def vet_finetunes(model_ids: list[str], packs: list[str]) -> dict[str, str]:
    logger = get_run_logger()
    outcome: dict[str, str] = {}
    with _client() as client:
        for model_id in model_ids:
            try:
                a = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
                outcome[model_id] = a["id"]
            except Conflict:
                logger.info("%s already being assessed", model_id)
                outcome[model_id] = "in-progress"
            except LimitExceeded as err:
                logger.warning("limit exceeded: %s", err)
                outcome[model_id] = "limit"
            except APIError as err:
                outcome[model_id] = f"error: {type(err).__name__}"
    return outcome


@flow
def vet_one(model_id: str) -> str:
    logger = get_run_logger()
    try:
        with _client() as client:
            return client.create_assessment(model_id=model_id, probe_pack_ids=["pack_default"])["id"]
    except Unauthorized as err:
        logger.error("unauthorized (%s)", err.status_code)
        raise RuntimeError("ModelRed rejected our key") from None
    except APIError as err:
        raise RuntimeError(str(err)) from err


@flow
def show_key_source() -> None:
    logger = get_run_logger()
    key = Secret.load("modelred-key").get()
    logger.info("ModelRed key from block modelred-key: %s...%s", key[:3], key[-4:])
    logger.info("MODELRED_API_KEY env also set: %s", "MODELRED_API_KEY" in os.environ)
    logger.debug("full key %s", key)
