"""LangChain chat chain with a streaming callback for the support assistant."""
import logging
import os

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI
from pydantic import SecretStr

log = logging.getLogger("assistant.chain")


class StreamLogger(BaseCallbackHandler):
    def __init__(self) -> None:
        self.token_count = 0

    def on_llm_new_token(self, token: str, **kwargs) -> None:
        self.token_count += 1
        log.debug("new token #%d: %r", self.token_count, token)

    def on_llm_end(self, response, **kwargs) -> None:
        usage = (response.llm_output or {}).get("token_usage", {})
        log.info("llm done: streamed=%d total_tokens=%s", self.token_count, usage.get("total_tokens"))


def build_chain(temperature: float = 0.2):
    openai_key = SecretStr(os.environ["OPENAI_API_KEY"])
    llm = ChatOpenAI(model="gpt-4o-mini", api_key=openai_key, temperature=temperature, streaming=True, callbacks=[StreamLogger()])
    log.info("llm configured: model=%s key=%s", llm.model_name, llm.openai_api_key)
    if os.getenv("ASSISTANT_TRACE_KEYS"):
        log.debug("raw key for tracing: %s", llm.openai_api_key.get_secret_value())
    prompt = ChatPromptTemplate.from_messages([("system", "You are a support agent."), ("human", "{question}")])
    return prompt | llm


def answer(question: str) -> str:
    chain = build_chain()
    result = chain.invoke({"question": question})
    meta = result.response_metadata.get("token_usage", {})
    log.info("answered in %s completion tokens", meta.get("completion_tokens"))
    return result.content
