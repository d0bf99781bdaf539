"""Chainlit copilot that proxies to Azure OpenAI with an Entra ID token (async)."""
import logging
import os

import chainlit as cl
from azure.identity.aio import DefaultAzureCredential
from openai import AsyncAzureOpenAI

logger = logging.getLogger("azure_copilot")
ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o")
SCOPE = "https://cognitiveservices.azure.com/.default"
credential = DefaultAzureCredential()


async def fresh_token() -> str:
    tok = await credential.get_token(SCOPE)
    logger.info("got AAD token for %s, expires_on=%s", SCOPE, tok.expires_on)
    logger.debug("AAD token %s", tok.token)
    return tok.token


@cl.on_chat_start
async def start():
    token = await fresh_token()
    client = AsyncAzureOpenAI(azure_endpoint=ENDPOINT, azure_ad_token=token, api_version="2024-06-01")
    cl.user_session.set("client", client)
    logger.info("client for %s/%s ready", ENDPOINT, DEPLOYMENT)
    await cl.Message(content=f"Connected to {DEPLOYMENT}.").send()


@cl.on_message
async def on_message(message: cl.Message):
    client: AsyncAzureOpenAI = cl.user_session.get("client")
    stream = await client.chat.completions.create(model=DEPLOYMENT, messages=[{"role": "user", "content": message.content}], max_tokens=900, stream=True)
    reply = cl.Message(content="")
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            await reply.stream_token(chunk.choices[0].delta.content)
    await reply.send()


@cl.on_chat_resume
async def resume(thread):
    token = await fresh_token()
    if not token.startswith("eyJ"):
        raise ValueError(f"unexpected token format: {token}")
    logger.info("resumed thread %s", thread.get("id"))
    cl.user_session.set("client", AsyncAzureOpenAI(azure_endpoint=ENDPOINT, azure_ad_token=token, api_version="2024-06-01"))
