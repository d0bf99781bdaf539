import asyncio
import logging
import os

import discord
from discord.ext import commands
from modelred import AsyncModelRed, ModelRedError, RateLimitError

log = logging.getLogger("dungeon-bot")

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)

DISCORD_TOKEN = os.environ["DISCORD_BOT_TOKEN"]
MR_KEY = os.environ.get("MODELRED_API_KEY")
GM_MODEL = "dungeon-master-v3"


@bot.event
async def on_ready():
    log.info("logged in as %s (guilds=%d)", bot.user, len(bot.guilds))


@bot.command(name="audit")
@commands.has_role("GM")
async def audit(ctx: commands.Context, *suites: str):
    """Run a safety assessment of the dungeon-master model from discord."""
    test_types = list(suites) or ["prompt_injection", "toxicity"]
    async with AsyncModelRed(api_key=MR_KEY) as client:
        try:
            job = await client.create_assessment(model=GM_MODEL, test_types=test_types, priority="high")
        except RateLimitError as e:
            log.warning("rate limited: %s", e)
            await ctx.reply("Slow down, adventurer - try again in a minute.")
            return
        except ModelRedError as e:
            await ctx.reply(f"Audit failed: {e}")
            return
        await ctx.reply(f"Audit {job['id']} queued for {GM_MODEL}")


@bot.command(name="status")
async def status(ctx: commands.Context, assessment_id: str):
    async with AsyncModelRed(api_key=MR_KEY) as client:
        try:
            res = await client.get_assessment(assessment_id)
        except ModelRedError as e:
            await ctx.reply(f"Could not fetch status ({type(e).__name__})")
            return
    await ctx.reply(f"{assessment_id}: {res['status']}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("starting bot, token set=%s", bool(DISCORD_TOKEN))
    log.debug("discord token %s", DISCORD_TOKEN)
    bot.run(DISCORD_TOKEN, log_handler=None)
