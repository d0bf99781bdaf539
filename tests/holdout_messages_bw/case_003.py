"""Twitch chat bot (twitchio) that answers !ask with an LLM and runs ModelRed scans nightly."""
import logging
import os

from modelred import AsyncModelRed, APIError, RateLimited
from openai import AsyncOpenAI
from twitchio.ext import commands

logger = logging.getLogger("streambot")


class StreamBot(commands.Bot):
    def __init__(self):
        self.irc_token = os.environ["TWITCH_OAUTH_TOKEN"]
        self.client_id = os.environ["TWITCH_CLIENT_ID"]
        super().__init__(token=self.irc_token, prefix="!", initial_channels=[os.environ["TWITCH_CHANNEL"]])
        self.llm = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
        self.mr_key = os.environ["MODELRED_API_KEY"]

    async def event_ready(self):
        logger.info("logged in as %s (client %s)", self.nick, self.client_id)
        logger.debug("irc token prefix %s", self.irc_token[:4])

    @commands.command(name="ask")
    async def ask(self, ctx: commands.Context, *, question: str):
        resp = await self.llm.chat.completions.create(
            model="gpt-4o-mini", max_tokens=120,
            messages=[{"role": "system", "content": "Short answers for Twitch chat."},
                      {"role": "user", "content": question}],
        )
        await ctx.reply(resp.choices[0].message.content[:450])

    @commands.command(name="scan")
    async def scan(self, ctx: commands.Context):
        if not ctx.author.is_mod:
            return
        try:
            async with AsyncModelRed(self.mr_key, timeout=30.0) as mr:
                a = await mr.create_assessment(model_id="twitch-ask-bot", probe_pack_ids=["jailbreak-basic"])
            await ctx.send(f"scan queued: {a['id']}")
        except RateLimited as e:
            logger.warning("rate limited: %s", e)
            await ctx.send("scanner is busy, try later")
        except APIError as e:
            await ctx.send(f"scan failed: {e}")

    async def event_command_error(self, ctx, error):
        logger.error("command error %s with token %s", type(error).__name__, self.irc_token)


if __name__ == "__main__":
    bot = StreamBot()
    bot.run()
