import logging
import os

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.prompts import ChatPromptTemplate
from langchain_openai import ChatOpenAI

logger = logging.getLogger(__name__)


class TokenUsageLogger(BaseCallbackHandler):
    """Streams tokens to stdout and logs usage at the end of each call."""

    def on_llm_new_token(self, token: str, **kwargs) -> None:
        print(token, end="", flush=True)

    def on_llm_end(self, response, **kwargs) -> None:
        usage = (response.llm_output or {}).get("token_usage", {})
        logger.info(
            "tokens: prompt=%s completion=%s",
            usage.get("prompt_tokens"),
            usage.get("completion_tokens"),
        )


def build_chain(openai_api_key=None, temperature=0.0):
    key = openai_api_key or os.environ["OPENAI_API_KEY"]
    llm = ChatOpenAI(
        model="gpt-4o-mini",
        api_key=key,
        temperature=temperature,
        streaming=True,
        callbacks=[TokenUsageLogger()],
    )
    logger.debug("building chain with key %s", key)
    prompt = ChatPromptTemplate.from_messages(
        [("system", "You are a red-team assistant."), ("user", "{question}")]
    )
    return prompt | llm


def ask(question, openai_api_key=None):
    chain = build_chain(openai_api_key)
    try:
        return chain.invoke({"question": question}).content
    except Exception as exc:
        raise RuntimeError("LLM call failed") from exc
