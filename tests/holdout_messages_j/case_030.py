"""Service object wrapping the generation 3 client; the caller logs its failures."""
import logging
import os

from modelred import APIError, ModelRed, Unauthorized

logger = logging.getLogger("evals.redteam")


class RedTeamRunner:
    def __init__(self, api_key: str, detector_key: str | None = None):
        self._key = api_key
        self._detector_key = detector_key
        self.timeout = 30.0

    def __repr__(self) -> str:
        return f"RedTeamRunner(key={self._key}, timeout={self.timeout})"

    def _client(self) -> ModelRed:
        return ModelRed(self._key, timeout=self.timeout, max_retries=2)

    def start(self, model_id: str, packs: list[str]) -> str:
        with self._client() as client:
            run = client.create_assessment(model_id=model_id, probe_pack_ids=packs, detector_api_key=self._detector_key)
        return run["id"]

    def cancel(self, run_id: str) -> None:
        with self._client() as client:
            client.cancel_assessment(run_id)


def nightly(model_ids: list[str]) -> dict[str, str]:
    runner = RedTeamRunner(os.environ["MODELRED_API_KEY"], os.environ.get("OPENAI_API_KEY"))
    logger.info("nightly run with %r", runner)
    started: dict[str, str] = {}
    for model_id in model_ids:
        try:
            started[model_id] = runner.start(model_id, ["owasp-llm-top10", "pii-leakage"])
        except Unauthorized:
            logger.critical("ModelRed key rejected; aborting nightly run")
            break
        except APIError as exc:
            logger.error("start failed for %s: %s", model_id, exc)
            continue
        logger.info("started %s for %s", started[model_id], model_id)
    return started
