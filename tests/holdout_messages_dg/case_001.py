"""LangChain callback handler that mirrors chain events into our audit log."""
import logging
import os
from typing import Any, Dict, List

from langchain_core.callbacks import BaseCallbackHandler
from langchain_openai import ChatOpenAI
from modelred import ModelRed, ModelRedError

log = logging.getLogger("audit.callbacks")

OPENAI_KEY_ENV = "OPENAI_API_KEY"


class AuditHandler(BaseCallbackHandler):
    def __init__(self, api_key: str, team: str):
        self.api_key = api_key
        self.team = team
        self.calls = 0

    def on_llm_start(self, serialized: Dict[str, Any], prompts: List[str], **kwargs: Any) -> None:
        self.calls += 1
        log.info("llm start team=%s n_prompts=%d", self.team, len(prompts))
        log.debug("llm start with key %s", self.api_key)

    def on_llm_end(self, response, **kwargs: Any) -> None:
        usage = (response.llm_output or {}).get("token_usage", {})
        log.info("llm end total_tokens=%s", usage.get("total_tokens"))

    def on_llm_error(self, error: BaseException, **kwargs: Any) -> None:
        log.warning("llm error after %d calls: %s", self.calls, error)


def build_chain():
    key = os.environ[OPENAI_KEY_ENV]
    log.info("reading provider key from %s", OPENAI_KEY_ENV)
    handler = AuditHandler(key, team="risk")
    llm = ChatOpenAI(api_key=key, callbacks=[handler], max_tokens=512)
    log.info("chain ready, key ends ...%s", key[-4:])
    return llm


async def scan_after_run(model_id: str) -> dict:
    try:
        async with ModelRed() as client:
            return await client.run_assessment(model_id=model_id, test_suites=["basic_security"])
    except ModelRedError as e:
        log.error("assessment failed: %s", type(e).__name__)
        return {"ok": False, "error": str(e)}


if __name__ == "__main__":
    llm = build_chain()
    print(llm.invoke("ping").content)
