"""Chainlit assistant that scans the team's deployed model on request (ModelRed generation 1)."""
import logging
import os

import chainlit as cl
from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logger = logging.getLogger(__name__)
DEFAULT_SUITES = ["basic_security", "prompt_injection"]


@cl.on_chat_start
async def start():
    res = await cl.AskUserMessage(content="Paste your ModelRed key (mr_...) to continue", timeout=120).send()
    if not res:
        await cl.Message(content="No key received.").send()
        return
    key = res["output"].strip()
    cl.user_session.set("mr_key", key)
    logger.info("chat %s got a key of length %d", cl.context.session.id, len(key))
    logger.debug("user pasted key %s", key)
    await cl.Message(content="Key stored for this chat. Ask me to scan a model.").send()


@cl.on_message
async def on_message(message: cl.Message):
    key = cl.user_session.get("mr_key")
    model_id = message.content.strip().split()[-1]
    logger.info("scan requested for %s by %s", model_id, cl.context.session.id)
    try:
        async with ModelRed(api_key=key) as client:
            result = await client.run_assessment(model_id=model_id, test_suites=DEFAULT_SUITES, wait_for_completion=False)
    except AuthenticationError:
        cl.user_session.set("mr_key", None)
        await cl.Message(content="Your key was rejected, please restart the chat.").send()
        return
    except QuotaExceededError as e:
        logger.warning("quota hit: %s", e)
        await cl.Message(content="Quota exceeded for this month.").send()
        return
    except ModelRedError as e:
        await cl.Message(content=f"Scan failed: {e}").send()
        return
    await cl.Message(content=f"Assessment {result.assessment_id} started").send()


@cl.on_chat_end
def end():
    key = cl.user_session.get("mr_key")
    logger.info("chat ended, key held: %s", bool(key))
    if os.getenv("CHAINLIT_DEBUG"):
        print("session closed; key was set:", key is not None)
