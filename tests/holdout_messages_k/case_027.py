"""Kedro hooks and nodes for the evaluation pipeline (credentials from conf/local/credentials.yml)."""
import logging
from typing import Any

from kedro.framework.hooks import hook_impl
from modelred import ModelRed, APIError

logger = logging.getLogger(__name__)


class CredentialsHooks:
    @hook_impl
    def after_context_created(self, context) -> None:
        credentials = context.config_loader["credentials"]
        logger.info("credential sets available: %s", sorted(credentials))
        logger.debug("credentials loaded: %s", credentials)
        mr = credentials.get("modelred", {})
        logger.info("modelred credentials have fields %s", list(mr.keys()))
        context.params["modelred_key_set"] = bool(mr.get("api_key"))


def submit_assessment(model_name: str, packs: list[str], credentials: dict[str, Any]) -> dict:
    key = credentials["api_key"]
    logger.info("submitting %s with %d packs", model_name, len(packs))
    with ModelRed(key) as client:
        try:
            created = client.create_assessment(model=model_name, probe_pack_ids=packs)
        except APIError as exc:
            logger.error("submit failed (%s, status %s)", type(exc).__name__, exc.status_code)
            return {"model": model_name, "status": "failed", "reason": exc.message}
    return {"model": model_name, "status": "submitted", "id": created["id"]}


def summarise(results: list[dict], params: dict) -> dict:
    failed = [r for r in results if r["status"] == "failed"]
    if failed and params.get("strict"):
        raise ValueError(f"{len(failed)} assessments failed: {[r['model'] for r in failed]}")
    logger.info("%d submitted, %d failed", len(results) - len(failed), len(failed))
    return {"submitted": len(results) - len(failed), "failed": len(failed)}


def check_credentials(credentials: dict[str, Any]) -> None:
    api_key = credentials.get("api_key", "")
    if not api_key.startswith("mr_"):
        raise ValueError(f"credentials 'modelred' has a malformed api_key: {api_key}")
    logger.info("modelred api key ok (...%s)", api_key[-4:])
