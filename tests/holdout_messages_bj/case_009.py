"""Discord bot for my friends' server. `!redteam <model>` kicks off a ModelRed run."""
import os

import discord
from discord.ext import commands
from loguru import logger
from modelred import ModelRed, APIError, LimitExceeded

DISCORD_TOKEN = os.environ["DISCORD_BOT_TOKEN"]
MODELRED_KEY = os.environ["MODELRED_API_KEY"]
GUILD_ID = int(os.environ.get("GUILD_ID", "0"))

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.event
async def on_ready():
    logger.info("logged in as {} in guild {}", bot.user, GUILD_ID)


@bot.command()
async def redteam(ctx, model_id: str):
    try:
        with ModelRed(MODELRED_KEY) as mr:
            job = mr.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-basic"])
    except LimitExceeded:
        await ctx.reply("monthly limit hit, try next month")
        return
    except APIError as e:
        await ctx.reply(f"ModelRed said: {e}")
        return
    await ctx.reply(f"started `{job['id']}` for `{model_id}`")


@bot.command()
async def whoami(ctx):
    await ctx.reply(f"bot key ends with ...{MODELRED_KEY[-4:]}")


if __name__ == "__main__":
    logger.debug("starting with discord token {}", DISCORD_TOKEN)
    bot.run(DISCORD_TOKEN)
