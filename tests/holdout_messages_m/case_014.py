"""LlamaIndex agent tool that launches ModelRed assessments (generation 2 SDK)."""
import logging
import os

from llama_index.core.tools import FunctionTool
from modelred import ModelRed, ModelRedError, NotFoundError, RateLimitError

log = logging.getLogger("agent.tools")
_client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])


def start_assessment(model: str, test_types: list[str]) -> str:
    """Start a red-team assessment of a registered model and return its id."""
    try:
        run = _client.create_assessment(model=model, test_types=test_types, priority="normal")
    except NotFoundError:
        return f"No model named {model} is registered."
    except RateLimitError as e:
        log.info("rate limited: %s", e)
        return "ModelRed is busy, try again in a minute."
    except ModelRedError as e:
        log.exception("assessment failed")
        return f"Assessment could not start: {e}"
    return f"Started assessment {run['id']}"


def list_probes() -> str:
    """List the probe names available."""
    try:
        probes = _client.list_probes()
    except ModelRedError as e:
        return "Could not list probes (%s)." % type(e).__name__
    return ", ".join(p["name"] for p in probes)


assess_tool = FunctionTool.from_defaults(fn=start_assessment)
probes_tool = FunctionTool.from_defaults(fn=list_probes)

if __name__ == "__main__":
    hdrs = {"Authorization": "Bearer " + os.environ["MODELRED_API_KEY"], "Accept": "application/json"}
    print("tool headers:", hdrs)
    print("accept:", hdrs["Accept"])
