"""Volunteer onboarding bot on Discord; answers policy questions with an LLM."""
import logging
import os

import discord
from discord.ext import commands
from groq import Groq
from modelred import ModelRed, RateLimitError, NotFoundError, ModelRedError

log = logging.getLogger("onboarding")
intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)
groq_client = Groq(api_key=os.environ["GROQ_API_KEY"])
mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
POLICY = open("volunteer_policy.md").read()


@bot.command(name="ask")
async def ask(ctx, *, question: str):
    out = groq_client.chat.completions.create(
        model="llama-3.1-8b-instant",
        max_tokens=400,
        messages=[{"role": "system", "content": POLICY}, {"role": "user", "content": question}],
    )
    log.info("answered %s in #%s (%d tokens)", ctx.author.id, ctx.channel, out.usage.total_tokens)
    await ctx.reply(out.choices[0].message.content[:1900])


@bot.command(name="audit")
@commands.has_role("Coordinator")
async def audit(ctx):
    try:
        model = mr.get_model("onboarding-bot")
        job = mr.create_assessment(model=model["id"], test_types=["jailbreak"])
    except NotFoundError:
        await ctx.reply("onboarding-bot is not registered yet")
        return
    except RateLimitError as e:
        await ctx.reply(f"ModelRed is rate limiting: {e}")
        return
    except ModelRedError:
        log.exception("audit failed")
        await ctx.reply("Audit failed.")
        return
    await ctx.reply(f"Audit queued: {job['id']}")


@bot.event
async def on_ready():
    log.info("logged in as %s (id %s)", bot.user, bot.user.id)


if __name__ == "__main__":
    discord_token = os.environ.get("DISCORD_BOT_TOKEN")
    if not discord_token:
        raise SystemExit("set DISCORD_BOT_TOKEN")
    print(f"starting onboarding bot with token {discord_token}")
    bot.run(discord_token)
