"""LangChain-style streaming callback handler used by the chat worker."""
import logging
import sys
from typing import Any

from langchain_core.callbacks import BaseCallbackHandler

logger = logging.getLogger("chat.stream")


class StreamToConsole(BaseCallbackHandler):
    def __init__(self, api_key: str, verbose: bool = False):
        self.api_key = api_key
        self.verbose = verbose
        self.token_count = 0

    def on_llm_start(self, serialized: dict, prompts: list[str], **kwargs: Any) -> None:
        logger.info("llm start: %d prompt(s), model=%s", len(prompts), serialized.get("name"))
        if self.verbose:
            print(f"[debug] llm start with key {self.api_key}", file=sys.stderr)

    def on_llm_new_token(self, token: str, **kwargs: Any) -> None:
        self.token_count += 1
        sys.stdout.write(token)
        sys.stdout.flush()

    def on_llm_end(self, response, **kwargs: Any) -> None:
        print()
        logger.info("stream finished after %d tokens", self.token_count)

    def on_llm_error(self, error: BaseException, **kwargs: Any) -> None:
        logger.error("llm error after %d tokens: %s", self.token_count, error)


class CollectTokens(BaseCallbackHandler):
    def __init__(self):
        self.tokens: list[str] = []

    def on_llm_new_token(self, token: str, **kwargs: Any) -> None:
        self.tokens.append(token)
        if len(self.tokens) % 50 == 0:
            logger.debug("received %d tokens, last=%r", len(self.tokens), token)

    def text(self) -> str:
        return "".join(self.tokens)
