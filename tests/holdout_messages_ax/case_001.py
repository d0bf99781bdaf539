"""SOAR playbook action: enrich a phishing alert with a ModelRed risk assessment.

Runs inside the SOAR worker; the platform hands us `container` and `config` dicts.
"""
import logging
import os

from modelred import ModelRed, APIError, Unauthorized, RateLimited

logger = logging.getLogger("soar.actions.modelred_enrich")

PROBE_PACKS = ["phishing-lure", "prompt-injection-basic"]
API_KEY_SETTING = "modelred_api_key"


class ModelRedEnrichAction:
    """Action class registered under the name `modelred_enrich`."""

    def __init__(self, config: dict):
        self.api_key = config.get(API_KEY_SETTING) or os.environ.get("MODELRED_API_KEY", "")
        self.model_id = config.get("model_id", "triage-gpt4o")
        self.verify_ssl = config.get("verify_ssl", True)
        self.max_tokens = int(config.get("max_tokens", 512))
        logger.debug("enrich action configured model=%s verify=%s", self.model_id, self.verify_ssl)
        logger.debug("reading key from setting %s", API_KEY_SETTING)
        logger.debug("max_tokens=%d", self.max_tokens)

    def _client(self) -> ModelRed:
        if not self.api_key.startswith("mr_"):
            raise ValueError(f"modelred_api_key must start with mr_, got {self.api_key!r}")
        return ModelRed(self.api_key, timeout=30.0, max_retries=2)

    def handle(self, container: dict) -> dict:
        artifact_ids = [a["id"] for a in container.get("artifacts", [])]
        logger.info("enriching container %s (%d artifacts)", container.get("id"), len(artifact_ids))
        try:
            with self._client() as client:
                job = client.create_assessment(model_id=self.model_id, probe_pack_ids=PROBE_PACKS)
        except Unauthorized:
            logger.error("ModelRed rejected the key ending %s", self.api_key[-4:])
            return {"status": "failed", "message": "ModelRed authentication failed"}
        except RateLimited as exc:
            logger.warning("rate limited, retry after %s", exc.retry_after)
            return {"status": "retry", "message": "rate limited"}
        except APIError as exc:
            logger.exception("ModelRed call failed")
            return {"status": "failed", "message": f"ModelRed error: {exc}"}
        logger.info("assessment %s queued for container %s", job["id"], container.get("id"))
        return {"status": "success", "assessment_id": job["id"], "packs": PROBE_PACKS}


def run(config: dict, container: dict) -> dict:
    action = ModelRedEnrichAction(config)
    result = action.handle(container)
    logger.info("action finished with %s", result["status"])
    return result
