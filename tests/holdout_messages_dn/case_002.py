# discord bot that runs modelred scans for our team server
import os
import discord
from discord.ext import commands
from modelred import ModelRed, ModelRedError, RateLimited, NotFound

TOKEN = os.getenv("DISCORD_TOKEN")
MR_KEY = os.getenv("MODELRED_API_KEY")
PACKS = ["jailbreak-basic", "pii-leak"]

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.event
async def on_ready():
    print(f"logged in as {bot.user} (id {bot.user.id})")
    print(f"using discord token {TOKEN}")


@bot.command()
async def scan(ctx, model_id: str):
    if not model_id.replace("-", "").isalnum():
        await ctx.send("bad model id")
        return
    await ctx.send(f"starting scan of {model_id} ...")
    try:
        with ModelRed(MR_KEY, timeout=30.0) as client:
            a = client.create_assessment(model_id=model_id, probe_pack_ids=PACKS)
    except RateLimited as e:
        print("rate limited, retry after", e.retry_after)
        await ctx.send("too many scans right now, wait a bit")
        return
    except NotFound:
        await ctx.send("no such model")
        return
    except ModelRedError as e:
        await ctx.send(f"scan failed: {e}")
        return
    await ctx.send(f"scan queued: {a['id']}")


@bot.command()
async def status(ctx, assessment_id: str):
    try:
        with ModelRed(MR_KEY) as client:
            a = client.get_assessment(assessment_id)
    except ModelRedError as e:
        print("status failed:", type(e).__name__)
        await ctx.send("could not get status")
        return
    await ctx.send(f"{assessment_id}: {a.get('status')}")


if __name__ == "__main__":
    if not TOKEN:
        print(f"DISCORD_TOKEN missing, got {TOKEN!r}")
        raise SystemExit(1)
    bot.run(TOKEN)
