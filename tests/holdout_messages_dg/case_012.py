"""Token/cost accounting callback for LangChain agents, written to a JSONL file."""
import json
import logging
import os
import time
from pathlib import Path

from langchain_core.callbacks import BaseCallbackHandler
from langchain_anthropic import ChatAnthropic

LOG_PATH = Path(os.getenv("COST_LOG", "costs.jsonl"))
LOG = logging.getLogger("agent.cost")


class JsonlCostCallback(BaseCallbackHandler):
    raise_error = False

    def __init__(self, run_name: str):
        self.run_name = run_name
        self._t0 = {}

    def on_chat_model_start(self, serialized, messages, *, run_id, **kwargs):
        self._t0[run_id] = time.time()
        inv = kwargs.get("invocation_params", {})
        LOG.debug("chat start %s params=%s", run_id, {k: inv.get(k) for k in ("model", "max_tokens", "temperature")})

    def on_llm_end(self, response, *, run_id, **kwargs):
        took = time.time() - self._t0.pop(run_id, time.time())
        usage = (response.llm_output or {}).get("usage", {})
        rec = {"run": self.run_name, "secs": round(took, 3), "in": usage.get("input_tokens"), "out": usage.get("output_tokens")}
        with LOG_PATH.open("a") as fh:
            fh.write(json.dumps(rec) + "\n")


def load_key(path: str = "~/.config/agent/keys.json") -> str:
    data = json.loads(Path(path).expanduser().read_text())
    key = data.get("anthropic")
    LOG.debug("key file %s has %d entries", path, len(data))
    if key is None:
        raise KeyError(f"no 'anthropic' entry in {path}; entries: {sorted(data)}")
    if not key.startswith("sk-ant-"):
        raise ValueError(f"anthropic entry in {path} is not an Anthropic key: {key!r}")
    return key


def build_agent_llm() -> ChatAnthropic:
    key = load_key()
    LOG.info("anthropic key loaded (%d chars)", len(key))
    llm = ChatAnthropic(model="claude-3-5-sonnet-latest", api_key=key, max_tokens=1024,
                        callbacks=[JsonlCostCallback("triage")])
    LOG.info("llm kwargs: %s", {"model": "claude-3-5-sonnet-latest", "api_key": key})
    return llm


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(build_agent_llm().invoke("hello").content)
