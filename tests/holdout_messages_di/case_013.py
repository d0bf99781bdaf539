"""LangChain-style tool wrapper around ModelRed (generation 3) for an internal ops agent."""
import logging
import os

from modelred import LimitExceeded, ModelRed, ModelRedError, NotAllowedForApiKey, Unauthorized

logger = logging.getLogger("ops_agent.modelred_tool")


class ModelRedTool:
    name = "modelred_scan"
    description = "Run a ModelRed probe pack against a model id and report the assessment id."

    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.environ["MODELRED_API_KEY"]
        self.client = ModelRed(self.api_key, timeout=20.0, max_retries=3)
        logger.info("ModelRedTool ready (key %s…)", self.api_key[:4])

    def __repr__(self) -> str:
        return f"ModelRedTool(name={self.name!r})"

    def run(self, model_id: str, pack: str) -> str:
        try:
            job = self.client.create_assessment_by_id(model_id=model_id, probe_pack_ids=[pack])
        except Unauthorized:
            logger.error("ModelRed refused key %s", self.api_key)
            return "The scanner credentials are not valid."
        except NotAllowedForApiKey as e:
            raise PermissionError(f"not allowed: {e}") from e
        except LimitExceeded as e:
            logger.warning("limit exceeded (status %s)", getattr(e, "status_code", None))
            return "Monthly scan limit reached."
        except ModelRedError as e:
            logger.error("scan failed: %s", e)
            return "Scan failed; the ops team was notified."
        logger.info("assessment %s queued for %s", job["id"], model_id)
        return job["id"]

    def list_recent(self, limit: int = 10) -> list[str]:
        items = self.client.list_assessments(limit=limit)
        return [f"{a['id']} {a['status']}" for a in items.get("data", [])]


def build_tools() -> list:
    tool = ModelRedTool()
    logger.debug("built tools: %r", tool)
    return [tool]
