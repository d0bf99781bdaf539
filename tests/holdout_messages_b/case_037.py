"""Thin service layer over the ModelRed gen-2 client used by our admin panel."""
import logging

from modelred import ModelRedClient, ModelRedError as SDKError, NotFoundError

logger = logging.getLogger(__name__)


class AssessmentService:
    def __init__(self, api_key: str):
        self._client = ModelRedClient(api_key=api_key)
        self._key_tail = api_key[-4:]

    def create(self, model: str, test_types: list[str]) -> dict:
        try:
            result = self._client.create_assessment(model=model, test_types=test_types, priority="normal")
        except NotFoundError:
            return {"ok": False, "error": f"model {model!r} not found"}
        except SDKError as err:
            logger.error("create_assessment failed: %s", err)
            return {"ok": False, "error": "ModelRed error: " + str(err)}
        return {"ok": True, "assessment": result}

    def get(self, assessment_id: str) -> dict:
        try:
            return {"ok": True, "assessment": self._client.get_assessment(assessment_id)}
        except SDKError as err:
            msg = getattr(err, "message", None) or str(err)
            return {"ok": False, "error": msg}

    def probes(self) -> list:
        try:
            return self._client.list_probes()
        except SDKError as err:
            raise LookupError("could not list probes") from err

    def __repr__(self) -> str:
        return f"AssessmentService(key=...{self._key_tail})"
