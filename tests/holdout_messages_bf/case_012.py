"""Tournament bracket service: Discord bot posting results and an LLM match recap."""
import logging
import os

import discord
from discord.ext import commands
from modelred import ModelRed, ModelRedError, RateLimitError
from openai import OpenAI

recap_log = logging.getLogger("tourney.recap")

DISCORD_TOKEN = os.environ["TOURNEY_DISCORD_TOKEN"]
GUILD_ID = int(os.environ.get("TOURNEY_GUILD_ID", "0"))
openai_client = OpenAI()
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.command()
async def recap(ctx, match_id: str):
    score = ctx.bot.scores.get(match_id, "unknown")
    completion = openai_client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=250,
        messages=[{"role": "user", "content": f"Write a short, upbeat recap for match {match_id}: {score}"}],
    )
    recap_log.info("recap for %s used %s completion tokens", match_id, completion.usage.completion_tokens)
    await ctx.send(completion.choices[0].message.content)


@bot.command()
async def audit(ctx):
    try:
        job = mr.create_assessment(model="recap-writer", test_types=["toxicity", "prompt_injection"], priority="high")
    except RateLimitError:
        await ctx.send("ModelRed is rate limiting us, try again shortly.")
        return
    except ModelRedError as e:
        recap_log.exception("audit failed")
        await ctx.send(f"Audit failed: {e}")
        return
    await ctx.send(f"Audit queued: {job['id']}")


@bot.event
async def on_ready():
    recap_log.info("logged in as %s in guild %s", bot.user, GUILD_ID)
    recap_log.debug("discord token prefix %s", DISCORD_TOKEN[:4])


bot.scores = {}
if __name__ == "__main__":
    print(f"starting bot with {DISCORD_TOKEN}")
    bot.run(DISCORD_TOKEN)
