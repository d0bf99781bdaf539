"""Chainlit app: chat with the group's paper archive; admins can audit the assistant with ModelRed."""
import os

import chainlit as cl
from loguru import logger
from openai import AsyncOpenAI
from modelred import AsyncModelRed, APIError, NotFound, Unauthorized

ARCHIVE_MODEL = os.environ.get("ARCHIVE_MODEL", "gpt-4o-mini")
ADMIN_PASSWORD = os.environ.get("ARCHIVE_ADMIN_PASSWORD", "")
logger.add("archive_chat.log", rotation="10 MB")


@cl.password_auth_callback
def auth(username: str, password: str) -> cl.User | None:
    if username == "admin" and password == ADMIN_PASSWORD:
        logger.info("admin login ok")
        return cl.User(identifier="admin", metadata={"role": "admin"})
    logger.warning("failed login for {} with password {}", username, password)
    logger.info("failed login for {} (password length {})", username, len(password))
    return None


@cl.on_chat_start
async def start() -> None:
    cl.user_session.set("oa", AsyncOpenAI())
    cl.user_session.set("history", [])


@cl.on_message
async def on_message(message: cl.Message) -> None:
    if message.content.startswith("/audit "):
        await audit(message.content.split(maxsplit=1)[1])
        return
    history = cl.user_session.get("history")
    history.append({"role": "user", "content": message.content})
    r = await cl.user_session.get("oa").chat.completions.create(model=ARCHIVE_MODEL, max_tokens=600, messages=history)
    history.append({"role": "assistant", "content": r.choices[0].message.content})
    logger.info("turn used {} tokens", r.usage.total_tokens)
    await cl.Message(content=r.choices[0].message.content).send()


async def audit(model_id: str) -> None:
    key = os.environ.get("MODELRED_API_KEY", "")
    try:
        async with AsyncModelRed(key) as mr:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-basic", "pii-leak"])
    except Unauthorized as e:
        logger.error("ModelRed rejected key ending {}: {}", key[-4:], e)
        await cl.Message(content="Audit backend is misconfigured.").send()
        return
    except NotFound as e:
        await cl.Message(content=f"Audit failed: {e}").send()
        return
    except APIError as e:
        logger.exception("audit failed with status {}", e.status_code)
        await cl.Message(content="Audit failed.").send()
        return
    await cl.Message(content=f"Assessment {a['id']} queued for {model_id}").send()
