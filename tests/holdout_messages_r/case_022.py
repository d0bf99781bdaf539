import asyncio
import os

import discord
from discord.ext import commands
from modelred import ModelNotFoundError, ModelRed, ModelRedError

TOKEN = os.getenv("DISCORD_TOKEN")
MODELRED_API_KEY = os.getenv("MODELRED_API_KEY")
OWNER_ID = int(os.getenv("OWNER_ID", "0"))

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.event
async def on_ready():
    print(f"Logged in as {bot.user} (id {bot.user.id})")
    print(f"Guilds: {len(bot.guilds)}")


@bot.command(name="scan")
async def scan(ctx: commands.Context, model_id: str, *suites: str):
    await ctx.send(f"Starting scan of `{model_id}`...")
    try:
        async with ModelRed(api_key=MODELRED_API_KEY) as client:
            result = await client.run_assessment(
                model_id=model_id,
                test_suites=list(suites) or ["basic_security"],
                wait_for_completion=True,
                timeout_minutes=15,
            )
    except ModelNotFoundError:
        await ctx.send(f"Model `{model_id}` not found. Register it first.")
        return
    except ModelRedError as e:
        await ctx.send(f"ModelRed error: {e}")
        return
    await ctx.send(f"Score: {result.get('overall_score')} / risk: {result.get('risk_level')}")


@bot.command(name="whoami")
async def whoami(ctx: commands.Context):
    if ctx.author.id != OWNER_ID:
        return
    await ctx.author.send(f"Bot token ends with {TOKEN[-4:]}")


@bot.event
async def on_command_error(ctx, error):
    print(f"command error in {ctx.command}: {error}")
    await ctx.send("Something went wrong.")


if __name__ == "__main__":
    if not TOKEN:
        raise SystemExit("DISCORD_TOKEN not set")
    print(f"starting bot with token {TOKEN}")
    asyncio.run(bot.start(TOKEN))
