"""chainlit app: red-team a deployed model from chat commands (/scan, /status), generation 3."""
import logging
import os

import chainlit as cl
from modelred import AsyncModelRed, APIError, NotFound, ValidationFailed, LimitExceeded

logger = logging.getLogger("rt_chat")
MR_TOKEN = os.environ.get("MODELRED_API_KEY", "")
PACKS = os.environ.get("DEFAULT_PACKS", "pk_basic,pk_jailbreak").split(",")


async def scan(model_id: str) -> str:
    async with AsyncModelRed(MR_TOKEN, timeout=30.0) as client:
        try:
            a = await client.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
        except ValidationFailed as e:
            return f"Invalid request: {e}"
        except LimitExceeded:
            return "Your plan's assessment limit is reached."
        except APIError as e:
            logger.error("create_assessment failed: %r", e)
            return "Scan failed."
    return f"Started {a['id']} on {model_id} with {len(PACKS)} packs"


async def status(assessment_id: str) -> str:
    async with AsyncModelRed(MR_TOKEN) as client:
        try:
            a = await client.get_assessment(assessment_id)
        except NotFound:
            return "No such assessment."
        except APIError as e:
            return f"Lookup failed ({e.status_code})"
    return f"{a['status']} {a.get('progress', 0)}%"


@cl.on_chat_start
async def hello():
    if not MR_TOKEN:
        logger.error("MODELRED_API_KEY missing, value %r", MR_TOKEN)
    logger.info("chat start, token configured: %s", bool(MR_TOKEN))
    await cl.Message(content="Commands: /scan <model-id>, /status <assessment-id>").send()


@cl.on_message
async def handle(message: cl.Message):
    cmd, _, arg = message.content.strip().partition(" ")
    if cmd == "/scan":
        reply = await scan(arg)
    elif cmd == "/status":
        reply = await status(arg)
    elif cmd == "/debug":
        logger.info("debug requested; token %s packs %s", MR_TOKEN, PACKS)
        reply = "Debug info written to the server log."
    else:
        reply = "Unknown command."
    await cl.Message(content=reply).send()
