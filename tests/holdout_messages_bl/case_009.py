"""Discord ChatOps bot: !scan and !rotate commands for the red-team channel (generation 2, async)."""
import logging
import os

import discord
from discord.ext import commands
from modelred import AsyncModelRed, NotFoundError, ModelRedError

log = logging.getLogger("redteam-bot")
intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)

DISCORD_TOKEN = os.environ["DISCORD_BOT_TOKEN"]
OPS_CHANNEL = int(os.environ.get("OPS_CHANNEL_ID", "0"))


class ScanCog(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        self.mr_api_key = os.environ["MODELRED_API_KEY"]
        self.client = AsyncModelRed(api_key=self.mr_api_key)

    @commands.command()
    async def scan(self, ctx, model: str):
        log.info("scan of %s requested by %s", model, ctx.author)
        try:
            job = await self.client.create_assessment(model=model, test_types=["prompt_injection", "jailbreak"])
        except NotFoundError:
            await ctx.send(f"unknown model `{model}`")
            return
        except ModelRedError as e:
            log.exception("create_assessment failed")
            await ctx.send(f"ModelRed said: {e}")
            return
        await ctx.send(f"assessment `{job['id']}` started for `{model}`")

    @commands.command()
    @commands.has_role("sre")
    async def rotate(self, ctx, new_key: str):
        await ctx.message.delete()
        if not new_key.startswith("mr_"):
            log.warning("rotate by %s refused, bad key %s", ctx.author, new_key)
            await ctx.send("that does not look like a ModelRed key")
            return
        old_tail = self.mr_api_key[-4:]
        self.mr_api_key = new_key
        self.client = AsyncModelRed(api_key=new_key)
        log.info("key rotated by %s (old ...%s, new ...%s)", ctx.author, old_tail, new_key[-4:])
        await ctx.send("key rotated")


@bot.event
async def on_ready():
    log.info("logged in as %s (token length %d)", bot.user, len(DISCORD_TOKEN))
    await bot.add_cog(ScanCog(bot))


if __name__ == "__main__":
    bot.run(DISCORD_TOKEN)
