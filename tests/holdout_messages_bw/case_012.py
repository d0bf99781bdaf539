import asyncio
import logging
import os

import websockets
from openai import AsyncOpenAI

# Twitch IRC over websockets, raw, no library. Answers "!summary" with last 50 msgs summarised.
log = logging.getLogger("irc")
NICK = os.environ.get("BOT_NICK", "summarybot")
CHANNEL = "#" + os.environ["TWITCH_CHANNEL"]
PASS_PREFIX = "oauth:"

history: list[str] = []


async def login(ws, oauth_token: str):
    await ws.send(f"PASS {PASS_PREFIX}{oauth_token}")
    await ws.send(f"NICK {NICK}")
    await ws.send(f"JOIN {CHANNEL}")
    log.info("sent PASS/NICK/JOIN for %s", NICK)
    log.debug("PASS line: PASS %s%s", PASS_PREFIX, oauth_token)


async def summarise(llm: AsyncOpenAI) -> str:
    r = await llm.chat.completions.create(model="gpt-4o-mini", max_tokens=80,
                                          messages=[{"role": "user", "content": "Summarise:\n" + "\n".join(history[-50:])}])
    return r.choices[0].message.content.replace("\n", " ")


async def run():
    oauth_token = os.environ.get("TWITCH_OAUTH", "")
    if not oauth_token:
        raise RuntimeError(f"TWITCH_OAUTH empty: {oauth_token!r}")
    if oauth_token.startswith(PASS_PREFIX):
        raise RuntimeError(f"TWITCH_OAUTH should not include the prefix: {oauth_token}")
    llm = AsyncOpenAI()
    async with websockets.connect("wss://irc-ws.chat.twitch.tv:443") as ws:
        await login(ws, oauth_token)
        async for raw in ws:
            if raw.startswith("PING"):
                await ws.send("PONG :tmi.twitch.tv")
                continue
            if "PRIVMSG" in raw:
                user = raw.split("!", 1)[0][1:]
                text = raw.split(" :", 1)[-1].strip()
                history.append(f"{user}: {text}")
                if text == "!summary":
                    await ws.send(f"PRIVMSG {CHANNEL} :{await summarise(llm)}")
            elif "Login authentication failed" in raw:
                log.error("twitch refused login: %s", raw)
                return


asyncio.run(run())
