"""Chainlit front end: users paste a model id and get a ModelRed scan started."""
import logging
import os

import chainlit as cl
from modelred import APIError, ModelRed, NotFound, RateLimited, Unauthorized

log = logging.getLogger(__name__)

MODELRED_KEY = os.environ["MODELRED_API_KEY"]
PACKS = ["prompt-injection-basic", "jailbreak-v2"]


@cl.on_chat_start
async def start():
    cl.user_session.set("client", ModelRed(MODELRED_KEY, timeout=30.0))
    log.info("chat started, key prefix %s", MODELRED_KEY[:4])
    await cl.Message(content="Send me a registered model id to scan.").send()


@cl.on_message
async def on_message(message: cl.Message):
    client: ModelRed = cl.user_session.get("client")
    model_id = message.content.strip()
    if not model_id.replace("-", "").replace("_", "").isalnum():
        await cl.Message(content=f"`{model_id}` is not a valid model id.").send()
        return
    try:
        assessment = client.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
    except NotFound:
        await cl.Message(content=f"No model called {model_id}.").send()
        return
    except RateLimited as e:
        log.warning("rate limited: %s", e)
        await cl.Message(content="Too many scans right now, try again in a minute.").send()
        return
    except Unauthorized:
        log.error("ModelRed rejected key from MODELRED_API_KEY")
        await cl.Message(content="Scanner is misconfigured, ping the admins.").send()
        return
    except APIError as e:
        await cl.Message(content=f"Scan failed: {e}").send()
        return
    await cl.Message(content=f"Started assessment {assessment['id']}").send()


@cl.action_callback("status")
async def status(action: cl.Action):
    client: ModelRed = cl.user_session.get("client")
    try:
        res = client.get_assessment(action.value)
    except APIError as e:
        log.exception("status lookup failed")
        await cl.Message(content=str(e)).send()
        return
    await cl.Message(content=f"Status: {res['status']}").send()
