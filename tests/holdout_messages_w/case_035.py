"""Chainlit chat UI where the security team talks to a red-teaming agent (ModelRed gen 2)."""
from __future__ import annotations

import logging
import os

import chainlit as cl
from modelred import AsyncModelRed, NotFoundError, RateLimitError
from modelred import ModelRedError as MRError

log = logging.getLogger("redteam.chat")


@cl.on_chat_start
async def start() -> None:
    key = os.environ.get("MODELRED_API_KEY")
    client = AsyncModelRed(api_key=key)
    cl.user_session.set("mr", client)
    log.info("chat session %s started", cl.user_session.get("id"))
    await cl.Message(content="Send a model id to start an assessment.").send()


@cl.on_message
async def on_message(message: cl.Message) -> None:
    mr: AsyncModelRed = cl.user_session.get("mr")
    model_id = message.content.strip()
    try:
        model = await mr.get_model(model_id)
        job = await mr.create_assessment(model=model["modelId"], test_types=["jailbreak", "pii_leak"])
    except NotFoundError:
        await cl.Message(content=f"No model called {model_id!r}.").send()
        return
    except RateLimitError as e:
        log.warning("rate limited: %s", e)
        await cl.Message(content="ModelRed is busy, please retry in a minute.").send()
        return
    except MRError as e:
        await cl.Message(content=f"Assessment could not start: {e}").send()
        return
    await cl.Message(content=f"Assessment {job['id']} started for {model_id}.").send()
    try:
        done = await mr.wait_for_completion(job["id"], timeout=900)
    except MRError as e:
        await cl.ErrorMessage(content=repr(e)).send()
        return
    await cl.Message(content=f"Done: risk score {done.get('riskScore')}").send()


@cl.on_chat_end
async def end() -> None:
    mr = cl.user_session.get("mr")
    if mr is not None:
        await mr.close()
    log.debug("session closed")
