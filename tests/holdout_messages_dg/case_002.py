"""litellm custom logger: ships every call's kwargs to the cost dashboard."""
import json
import logging

import httpx
from litellm.integrations.custom_logger import CustomLogger

logger = logging.getLogger(__name__)

DROP_FIELDS = ("api_key", "headers", "litellm_params")


class CostLogger(CustomLogger):
    def __init__(self, endpoint: str, ingest_token: str):
        super().__init__()
        self.endpoint = endpoint
        self.ingest_token = ingest_token
        logger.info("cost logger -> %s (token %d chars)", endpoint, len(ingest_token))

    def _clean(self, kwargs: dict) -> dict:
        return {k: v for k, v in kwargs.items() if k not in DROP_FIELDS}

    def log_pre_api_call(self, model, messages, kwargs):
        logger.debug("pre call model=%s kwargs=%s", model, kwargs)
        logger.debug("pre call clean=%s", self._clean(kwargs))

    def log_success_event(self, kwargs, response_obj, start_time, end_time):
        cost = kwargs.get("response_cost", 0.0)
        usage = response_obj.usage
        logger.info("ok model=%s cost=%.5f prompt_tokens=%d", kwargs.get("model"), cost, usage.prompt_tokens)
        payload = {"model": kwargs.get("model"), "cost": cost, "tokens": usage.total_tokens}
        r = httpx.post(self.endpoint, json=payload, headers={"Authorization": f"Bearer {self.ingest_token}"})
        if r.status_code >= 400:
            logger.warning("ingest rejected %s: %s", r.status_code, r.text)

    def log_failure_event(self, kwargs, response_obj, start_time, end_time):
        key = kwargs.get("api_key")
        logger.error("call failed for key %s", key)
        logger.error("call failed for model %s", kwargs.get("model"))

    async def async_log_success_event(self, kwargs, response_obj, start_time, end_time):
        self.log_success_event(kwargs, response_obj, start_time, end_time)

    async def async_log_failure_event(self, kwargs, response_obj, start_time, end_time):
        self.log_failure_event(kwargs, response_obj, start_time, end_time)


def make_logger(cfg_path: str) -> CostLogger:
    with open(cfg_path) as fh:
        cfg = json.load(fh)
    token = cfg.get("ingest_token", "")
    if not token:
        raise ValueError(f"ingest_token missing in {cfg_path}: got {token!r}")
    if not cfg.get("endpoint", "").startswith("https://"):
        raise ValueError(f"endpoint must be https, token was {token}")
    return CostLogger(cfg["endpoint"], token)
