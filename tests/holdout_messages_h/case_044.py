"""Chainlit chat app that lets a user query ModelRed results conversationally."""
import logging
import os

import chainlit as cl
from langchain_core.callbacks import BaseCallbackHandler
from modelred import AsyncModelRed, ModelRedError

log = logging.getLogger("chat")


class TokenCounter(BaseCallbackHandler):
    def __init__(self):
        self.n = 0

    def on_llm_new_token(self, token: str, **kwargs) -> None:
        self.n += 1
        log.debug("new token %r (#%d)", token, self.n)


@cl.on_chat_start
async def start():
    api_key = os.environ.get("MODELRED_API_KEY")
    cl.user_session.set("mr_key", api_key)
    cl.user_session.set("counter", TokenCounter())
    log.info("chat started; modelred key present=%s", api_key is not None)
    await cl.Message(content="Ask me about an assessment id.").send()


@cl.on_message
async def on_message(message: cl.Message):
    key = cl.user_session.get("mr_key")
    assessment_id = message.content.strip()
    try:
        async with AsyncModelRed(key) as client:
            a = await client.get_assessment(assessment_id)
    except ModelRedError as e:
        log.warning("lookup failed for %s: %s", assessment_id, e)
        await cl.Message(content=f"Lookup failed: {e}").send()
        return
    await cl.Message(content=f"{assessment_id}: {a['status']}").send()


@cl.on_stop
async def stop():
    counter = cl.user_session.get("counter")
    log.info("stopped after %d streamed tokens", counter.n)
    key = cl.user_session.get("mr_key")
    log.info("session ended for modelred key %s", key)
