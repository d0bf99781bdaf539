"""Chainlit with password auth and an OpenAI assistant; users and hashes in a JSON file."""
import json
import logging
import os
from pathlib import Path

import bcrypt
import chainlit as cl
from openai import AsyncOpenAI

logger = logging.getLogger("cl_auth")
USERS = json.loads(Path(os.getenv("USERS_FILE", "users.json")).read_text())
client = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
CHAINLIT_AUTH_SECRET = os.environ.get("CHAINLIT_AUTH_SECRET", "")

if len(CHAINLIT_AUTH_SECRET) < 32:
    logger.warning("CHAINLIT_AUTH_SECRET is short (%d chars)", len(CHAINLIT_AUTH_SECRET))
    logger.warning("short auth secret in use: %s", CHAINLIT_AUTH_SECRET)


@cl.password_auth_callback
def auth_callback(username: str, password: str):
    record = USERS.get(username)
    if record is None:
        logger.info("unknown user %s", username)
        return None
    stored_hash = record["password_hash"]
    logger.debug("stored hash for %s: %s", username, stored_hash)
    if bcrypt.checkpw(password.encode(), stored_hash.encode()):
        return cl.User(identifier=username, metadata={"role": record.get("role", "user")})
    logger.warning("failed login for %s with password %s", username, password)
    return None


@cl.on_message
async def main(message: cl.Message):
    user = cl.user_session.get("user")
    logger.info("message from %s (%s)", user.identifier, user.metadata.get("role"))
    resp = await client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": message.content}], max_tokens=700)
    logger.info("completion tokens %d", resp.usage.completion_tokens)
    await cl.Message(content=resp.choices[0].message.content).send()


@cl.on_logout
def on_logout(request, response):
    token = request.cookies.get("access_token")
    logger.info("logout, cookie present=%s", token is not None)
    if token and os.getenv("AUTH_DEBUG"):
        logger.debug("revoking session token (%d chars)", len(token))
