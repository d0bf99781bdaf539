"""Semantic Kernel plugin exposing a red-team check to an agent."""
import logging
import os

from semantic_kernel.functions import kernel_function
from modelred import ModelRed, ModelRedError, Unauthorized

log = logging.getLogger("sk.plugins.redteam")


class RedTeamPlugin:
    """Functions the planner may call; whatever they return is read by the model."""

    def __init__(self, key: str | None = None, pack: str = "owasp-llm-top10"):
        self._key = key or os.environ.get("MODELRED_API_KEY", "")
        self._pack = pack
        log.debug("RedTeamPlugin(pack=%s, key_set=%s)", self._pack, bool(self._key))
        self._client = ModelRed(self._key)

    def rotate(self, new_key: str) -> None:
        old = self._key
        self._key = new_key
        self._client = ModelRed(new_key)
        log.info("plugin key rotated: %s -> %s", old[-4:], new_key[-4:])
        log.debug("previous key was %s", old)

    @kernel_function(name="run_probe_pack", description="Start a red-team assessment")
    def run_probe_pack(self, model_id: str) -> str:
        try:
            job = self._client.create_assessment(model_id=model_id,
                                                 probe_pack_ids=[self._pack])
        except Unauthorized:
            log.error("ModelRed refused key ending %s", self._key[-4:])
            return "The red-team service is not configured."
        except ModelRedError as exc:
            log.exception("assessment for %s failed", model_id)
            return f"Could not start the assessment: {exc}"
        return f"Started assessment {job.id} for {model_id}"

    @kernel_function(name="assessment_status", description="Status of an assessment")
    def assessment_status(self, assessment_id: str) -> str:
        try:
            a = self._client.get_assessment(assessment_id)
        except ModelRedError as exc:
            log.warning("status lookup failed: %s", type(exc).__name__)
            return "Status unavailable right now."
        return f"{assessment_id}: {a.status}"
