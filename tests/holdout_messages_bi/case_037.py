"""Claims adjuster copilot: tools the agent calls (policy lookup, reserve suggestion)."""
import logging
import os
from typing import Any

from openai import OpenAI
from modelred import ModelRed, Conflict, APIError

logger = logging.getLogger("copilot.tools")

POLICY_API = os.environ.get("POLICY_API", "https://pas.internal.example.com/api")


class CopilotTools:
    def __init__(self, pas_token: str):
        self.pas_token = pas_token
        self.session_headers = {"Authorization": f"Bearer {pas_token}", "X-Client": "adjuster-copilot"}
        self.calls = 0

    def lookup_policy(self, policy_no: str) -> dict[str, Any]:
        import requests
        self.calls += 1
        r = requests.get(f"{POLICY_API}/policies/{policy_no}", headers=self.session_headers, timeout=15)
        logger.info("policy lookup %s -> %s (call %d)", policy_no, r.status_code, self.calls)
        if r.status_code == 401:
            logger.error("PAS rejected copilot headers %s", self.session_headers)
            return {"error": "unauthorized"}
        return r.json()

    def describe(self) -> str:
        return f"CopilotTools(client=adjuster-copilot, calls={self.calls})"


def register_copilot(openai_key: str) -> str:
    mr = ModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0)
    try:
        m = mr.list_models(search="adjuster-copilot")
        logger.info("existing copilot models: %d", len(m.get("data", [])))
        a = mr.create_assessment(model_id="adjuster-copilot", probe_pack_ids=["tool-abuse", "pii-leak"], detector_api_key=openai_key)
        return a["id"]
    except Conflict as e:
        logger.info("assessment already running: %s", e)
        return "running"
    except APIError as e:
        raise RuntimeError(f"copilot scan failed ({e.status_code}): {e}") from e


def chat(tools: CopilotTools, question: str) -> str:
    client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
    out = client.chat.completions.create(model="gpt-4o", max_tokens=500, messages=[{"role": "user", "content": question}])
    logger.info("copilot answered with %d completion tokens using %s", out.usage.completion_tokens, tools.describe())
    return out.choices[0].message.content


if __name__ == "__main__":
    t = CopilotTools(os.environ["PAS_TOKEN"])
    print(chat(t, "What is the collision deductible on PA-552201?"))
    print(register_copilot(os.environ["OPENAI_API_KEY"]))
