"""Community Discord bot: drafts patch-note summaries for the #announcements channel."""
import logging
import os

import discord
from discord.ext import commands
from openai import AsyncOpenAI

log = logging.getLogger("community.patchbot")

ANNOUNCE_CHANNEL_ID = int(os.getenv("ANNOUNCE_CHANNEL_ID", "981234567890123456"))


class PatchNotes(commands.Cog):
    def __init__(self, bot: commands.Bot, openai_key: str):
        self.bot = bot
        self.openai_key = openai_key
        self.llm = AsyncOpenAI(api_key=openai_key)
        self.max_tokens = 600

    @commands.command(name="patchnotes")
    @commands.has_role("Community Team")
    async def patchnotes(self, ctx: commands.Context, build: str):
        log.info("%s asked for notes on build %s", ctx.author, build)
        changelog = await self.bot.loop.run_in_executor(None, _read_changelog, build)
        try:
            resp = await self.llm.chat.completions.create(
                model="gpt-4o",
                max_tokens=self.max_tokens,
                messages=[{"role": "system", "content": "Write friendly patch notes for players."},
                          {"role": "user", "content": changelog}],
            )
        except Exception as exc:
            log.error("OpenAI call failed with key %s: %s", self.openai_key, exc)
            await ctx.reply("Could not draft notes right now.")
            return
        log.info("draft used %d tokens (limit %d)", resp.usage.total_tokens, self.max_tokens)
        await ctx.reply(resp.choices[0].message.content[:1900])


def _read_changelog(build: str) -> str:
    with open(f"/srv/builds/{build}/CHANGELOG.md", encoding="utf-8") as fh:
        return fh.read()


async def main():
    intents = discord.Intents.default()
    intents.message_content = True
    bot = commands.Bot(command_prefix="!", intents=intents)
    discord_token = os.environ["DISCORD_BOT_TOKEN"]
    openai_key = os.environ["OPENAI_API_KEY"]
    await bot.add_cog(PatchNotes(bot, openai_key))
    print(f"starting patchbot with token {discord_token}")
    print(f"announce channel {ANNOUNCE_CHANNEL_ID}, openai key ends {openai_key[-4:]}")
    await bot.start(discord_token)
