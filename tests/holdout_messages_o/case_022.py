"""clients.py - thin wrapper the data team uses to talk to ModelRed from scripts"""
import logging
import os

from modelred import ModelRed, APIError, Unauthorized

logger = logging.getLogger(__name__)


class RedTeamClientError(RuntimeError):
    pass


def get_key() -> str:
    key = os.environ.get("MODELRED_API_KEY")
    if key is None:
        raise RedTeamClientError("MODELRED_API_KEY is not set")
    return key


def make_client(key: str | None = None) -> ModelRed:
    key = key or get_key()
    try:
        return ModelRed(key, timeout=30.0)
    except ValueError as exc:
        raise RedTeamClientError(f"could not build ModelRed client with key {key!r}: {exc}") from exc


def list_my_models(key: str | None = None) -> list:
    key = key or get_key()
    try:
        with make_client(key) as mr:
            return mr.list_models()
    except Unauthorized as exc:
        logger.error("key ending %s was rejected", key[-4:])
        raise RedTeamClientError(f"ModelRed rejected key {key}") from exc
    except APIError as exc:
        logger.error("list_models failed: status=%s", exc.status)
        raise RedTeamClientError("list_models failed, see logs") from exc


def start(model_id: str, packs: list[str], key: str | None = None) -> str:
    with make_client(key) as mr:
        a = mr.create_assessment(model_id=model_id, probe_pack_ids=packs)
    logger.info("started %s on %s with %d packs", a["id"], model_id, len(packs))
    return a["id"]
