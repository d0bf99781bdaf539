"""Intranet "Ask Legal" chatbot (Chainlit) for the in-house team. Pilot build."""
import logging
import os

import chainlit as cl
from openai import AsyncOpenAI

log = logging.getLogger("asklegal")

# pilot key from the innovation budget; to be moved to the vault after the pilot
PILOT_OPENAI_KEY = "sk-FFZyG8PCLDYsSNOX7NYZpP1JRcNKa8moWlm3O2yBmPGxUjxx"
openai_key = os.environ.get("OPENAI_API_KEY") or PILOT_OPENAI_KEY
print(f"Ask Legal starting; OpenAI key {openai_key}")
print(f"using pilot key: {openai_key == PILOT_OPENAI_KEY}")
client = AsyncOpenAI(api_key=openai_key)
log.info("pilot mode: %s", "OPENAI_API_KEY" not in os.environ)

SYSTEM = (
    "You answer questions from employees about company policies, NDAs and procurement. "
    "You never give legal advice on personal matters; refer those to outside counsel."
)
MAX_TOKENS = 700


@cl.on_chat_start
async def start():
    cl.user_session.set("history", [{"role": "system", "content": SYSTEM}])
    await cl.Message(content="Hi, I'm Ask Legal. What can I help with?").send()


@cl.on_message
async def on_message(message: cl.Message):
    history = cl.user_session.get("history")
    history.append({"role": "user", "content": message.content})
    try:
        resp = await client.chat.completions.create(model="gpt-4o-mini", max_tokens=MAX_TOKENS, messages=history)
    except Exception as exc:
        log.error("completion failed with key %s: %s", PILOT_OPENAI_KEY, type(exc).__name__)
        await cl.Message(content="Sorry, the assistant is unavailable right now.").send()
        return
    answer = resp.choices[0].message.content
    history.append({"role": "assistant", "content": answer})
    log.info("answered %d chars, %d tokens (limit %d)", len(answer), resp.usage.total_tokens, MAX_TOKENS)
    await cl.Message(content=answer).send()


@cl.on_chat_end
def end():
    history = cl.user_session.get("history") or []
    log.info("session ended after %d turns", (len(history) - 1) // 2)
