"""Agent tools that let the planner LLM drive ModelRed (SDK 0.1.40)."""
import logging
import os

from langchain_core.tools import tool
from modelred import Conflict, Forbidden, ModelRed, ModelRedError, NotFound

logger = logging.getLogger(__name__)


class ToolFailure(RuntimeError):
    pass


def _client() -> ModelRed:
    return ModelRed(os.environ["MODELRED_API_KEY"])


@tool
def start_assessment(model_id: str, probe_pack_ids: list[str]) -> str:
    """Start a red-team assessment of model_id with the given probe packs."""
    try:
        created = _client().create_assessment(model_id=model_id, probe_pack_ids=probe_pack_ids)
    except Conflict:
        return "An assessment for this model is already running."
    except ModelRedError as e:
        logger.warning("start_assessment(%s) failed: %s", model_id, e)
        return f"Error: {e}"
    return f"Started assessment {created['id']}"


@tool
def pack_details(pack_ids: list[str]) -> dict:
    """Fetch the probe packs with these ids."""
    client = _client()
    found, errors = [], []
    for pid in pack_ids:
        try:
            found.append(client.get_probe_pack(pid))
        except NotFound:
            errors.append(f"{pid}: not found")
        except ModelRedError as e:
            errors.append("%s: %s" % (pid, e))
    return {"packs": found, "errors": errors}


def cancel(assessment_id: str) -> None:
    try:
        _client().cancel_assessment(assessment_id)
    except Forbidden as e:
        raise ToolFailure(e) from e
    except ModelRedError as e:
        raise ToolFailure(f"cancel of {assessment_id} failed") from e
