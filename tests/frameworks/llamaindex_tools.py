"""LlamaIndex agent tools over ModelRed (SDK 0.1.3x) for the safety copilot."""

import os
import re

from llama_index.core.agent import ReActAgent
from llama_index.core.tools import FunctionTool
from llama_index.llms.openai import OpenAI

from modelred import ModelRedClient, NotFoundError

KNOWN_MODELS = {"support-bot", "billing-bot", "search-agent", "triage-v3"}
ASSESSMENT_RE = re.compile(r"[0-9a-f]{24}")

client = ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


class ModelCatalog:
    """Our own registry of deployed models (owners, on-call rota), not ModelRed's."""

    def __init__(self, rows):
        self._rows = {row["name"]: row for row in rows}

    def get_model(self, name):
        return self._rows.get(name, {"name": name, "owner": "unknown"})


catalog = ModelCatalog([{"name": "support-bot", "owner": "cx-team"}, {"name": "triage-v3", "owner": "ml-platform"}])


def run_scan(model: str, test_types: str = "prompt_injection,jailbreak") -> str:
    """Start a ModelRed scan of a model. test_types is a comma separated list."""
    types = [t.strip() for t in test_types.split(",") if t.strip()]
    assessment = client.create_assessment(
        model=model,
        test_types=types,
    )
    return f"Started assessment {assessment.id} on {model}"


def model_info(model_identifier: str) -> str:
    """Describe a registered model: its provider and who owns it."""
    if model_identifier not in KNOWN_MODELS:
        return f"Unknown model {model_identifier!r}; known models: {', '.join(sorted(KNOWN_MODELS))}"
    details = client.get_model(model_identifier)
    owner = catalog.get_model(model_identifier)["owner"]
    return f"{details.displayName} ({details.provider}), owned by {owner}"


def owner_of(model_name: str) -> str:
    """Who owns a deployed model."""
    return catalog.get_model(model_name)["owner"]


def assessment_report(assessment_id: str) -> str:
    """Summarise a finished assessment's results."""
    assessment_id = assessment_id.strip()
    assert ASSESSMENT_RE.fullmatch(assessment_id), "not an assessment id"
    try:
        result = client.get_assessment(assessment_id)
    except NotFoundError:
        return "No such assessment."
    return f"score {result.overall_score}, {len(result.results or [])} findings"


def wait_for(assessment_id: str, minutes: int = 20) -> str:
    """Block until an assessment finishes, then report its score."""
    if not ASSESSMENT_RE.fullmatch(assessment_id):
        raise ValueError("assessment ids are 24 lower-case hex characters")
    final = client.wait_for_completion(assessment_id, timeout_minutes=min(minutes, 60))
    return f"finished with score {final.overall_score}"


tools = [
    FunctionTool.from_defaults(fn=run_scan, name="run_scan"),
    FunctionTool.from_defaults(fn=model_info),
    FunctionTool.from_defaults(fn=owner_of),
    FunctionTool.from_defaults(fn=assessment_report, description="Summarise an assessment's results"),
    FunctionTool.from_defaults(fn=wait_for),
]

agent = ReActAgent.from_tools(tools, llm=OpenAI(model="gpt-4o-mini"), verbose=True)

if __name__ == "__main__":
    print(agent.chat("Scan triage-v3 for prompt injection and tell me the score when it is done."))
