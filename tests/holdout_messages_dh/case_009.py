"""Chainlit app with per-chat settings: the user can bring their own Anthropic key."""
import logging
import os

import chainlit as cl
from chainlit.input_widget import Select, Slider, TextInput
from anthropic import AsyncAnthropic, AuthenticationError

logger = logging.getLogger("byok")
SERVER_KEY = os.environ.get("ANTHROPIC_API_KEY")


@cl.on_chat_start
async def start():
    settings = await cl.ChatSettings([
        Select(id="model", label="Model", values=["claude-3-5-sonnet-latest", "claude-3-5-haiku-latest"], initial_index=1),
        Slider(id="max_tokens", label="Max tokens", initial=800, min=100, max=4000, step=100),
        TextInput(id="api_key", label="Your Anthropic key (optional)", initial=""),
    ]).send()
    cl.user_session.set("settings", settings)
    logger.info("chat started with model %s", settings["model"])


@cl.on_settings_update
async def on_settings(settings):
    logger.info("settings updated: %s", settings)
    logger.info("max_tokens now %s", settings["max_tokens"])
    cl.user_session.set("settings", settings)


@cl.on_message
async def on_message(msg: cl.Message):
    settings = cl.user_session.get("settings") or {}
    user_key = settings.get("api_key") or ""
    key = user_key or SERVER_KEY
    source = "user" if user_key else "server"
    logger.info("answering with %s key", source)
    client = AsyncAnthropic(api_key=key)
    try:
        resp = await client.messages.create(model=settings.get("model", "claude-3-5-haiku-latest"), max_tokens=int(settings.get("max_tokens", 800)), messages=[{"role": "user", "content": msg.content}])
    except AuthenticationError as e:
        logger.warning("anthropic rejected the %s key: %s", source, e.status_code)
        logger.warning("rejected key ends with %s", key[-4:])
        await cl.Message(content="The Anthropic key was rejected.").send()
        return
    usage = resp.usage
    logger.info("tokens in=%d out=%d", usage.input_tokens, usage.output_tokens)
    await cl.Message(content=resp.content[0].text).send()
