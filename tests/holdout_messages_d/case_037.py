"""LlamaIndex agent with a tool that reads ModelRed assessment results."""
import logging
import os

from llama_index.core import Settings
from llama_index.core.agent import ReActAgent
from llama_index.core.tools import FunctionTool
from llama_index.llms.openai import OpenAI
from modelred import ModelRedClient, ModelRedError

logger = logging.getLogger("agent.tools")

Settings.llm = OpenAI(model="gpt-4o-mini", api_key=os.environ["OPENAI_API_KEY"], max_tokens=800)
_mr = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


def assessment_summary(assessment_id: str) -> str:
    """Return the status and score of a ModelRed assessment."""
    try:
        a = _mr.get_assessment(assessment_id)
    except ModelRedError as exc:
        logger.warning("get_assessment(%s) failed: %s", assessment_id, exc)
        return f"Could not fetch assessment: {exc.args[0]}"
    try:
        return f"{a['status']}, score {a['score']}"
    except KeyError:
        return "Assessment has no score yet"


def list_probes() -> str:
    """List the probes available to this account."""
    try:
        probes = _mr.list_probes()
    except ModelRedError as exc:
        return f"Probe listing failed ({type(exc).__name__})"
    return ", ".join(p["name"] for p in probes)


agent = ReActAgent.from_tools(
    [FunctionTool.from_defaults(fn=assessment_summary), FunctionTool.from_defaults(fn=list_probes)],
    verbose=True,
)
