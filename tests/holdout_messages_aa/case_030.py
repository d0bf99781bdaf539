import logging
import os
from typing import Optional

import aiohttp
import discord

log = logging.getLogger("toxguard")

PERSPECTIVE_KEY = os.environ["PERSPECTIVE_API_KEY"]
ANALYZE_URL = f"https://commentanalyzer.googleapis.com/v1alpha1/comments:analyze?key={PERSPECTIVE_KEY}"
THRESHOLD = float(os.environ.get("TOX_THRESHOLD", "0.85"))


class ToxGuard(discord.Client):
    def __init__(self, *, session: Optional[aiohttp.ClientSession] = None) -> None:
        super().__init__(intents=discord.Intents(messages=True, guilds=True, message_content=True))
        self.session = session

    async def setup_hook(self) -> None:
        self.session = self.session or aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=8))
        log.info("toxguard ready, threshold %.2f", THRESHOLD)

    async def score(self, text: str) -> float:
        body = {"comment": {"text": text}, "requestedAttributes": {"TOXICITY": {}}, "doNotStore": True}
        async with self.session.post(ANALYZE_URL, json=body) as resp:
            if resp.status != 200:
                detail = await resp.text()
                log.error("perspective %s: %s", resp.status, detail[:200])
                log.debug("perspective request %s", ANALYZE_URL)
                return 0.0
            data = await resp.json()
        return data["attributeScores"]["TOXICITY"]["summaryScore"]["value"]

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or not message.content:
            return
        tox = await self.score(message.content)
        if tox >= THRESHOLD:
            log.info("deleting message %s in #%s (tox=%.2f)", message.id, message.channel, tox)
            await message.delete()
            await message.channel.send(f"{message.author.mention}, that message was removed. Do not post tokens or abuse.")


if __name__ == "__main__":
    token = os.environ["DISCORD_TOKEN"]
    if "." not in token:
        raise SystemExit(f"DISCORD_TOKEN looks wrong: {token}")
    log.info("perspective key set: %s", bool(PERSPECTIVE_KEY))
    ToxGuard().run(token)
