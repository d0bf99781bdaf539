"""Structlog-instrumented SDK wrapper for ModelRed (generation 3)."""
import os

import structlog
from modelred import LimitExceeded, ModelRed, ModelRedError, NotAllowedForApiKey

log = structlog.get_logger("modelred.wrapper")


class RedTeamRunner:
    def __init__(self, api_key: str | None = None, team: str = "default"):
        self._api_key = api_key or os.environ["MODELRED_API_KEY"]
        self.team = team
        self.key_id = self._api_key[:8]
        log.info("runner.init", team=team, key_id=self.key_id)

    def run(self, model_id: str, packs: list[str]) -> dict:
        log.info("runner.start", model_id=model_id, packs=len(packs))
        try:
            with ModelRed(self._api_key) as client:
                return client.create_assessment(model_id=model_id, probe_pack_ids=packs)
        except NotAllowedForApiKey as exc:
            log.error("runner.forbidden", api_key=self._api_key, team=self.team)
            raise PermissionError(f"key cannot run assessments: {exc}") from exc
        except LimitExceeded as exc:
            log.warning("runner.limit", error=str(exc))
            raise RuntimeError("assessment quota exhausted") from exc
        except ModelRedError:
            log.exception("runner.failed", model_id=model_id)
            raise

    def __repr__(self) -> str:
        return f"RedTeamRunner(team={self.team!r}, key_id={self.key_id!r})"
