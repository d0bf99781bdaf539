"""Discord bot that answers support questions in #help using the KB and an LLM."""
import logging
import os

import discord
from discord.ext import commands
from anthropic import AsyncAnthropic
from modelred import AsyncModelRed, ModelRedError, Forbidden

log = logging.getLogger("supportbot")
intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)

DISCORD_TOKEN = os.getenv("DISCORD_BOT_TOKEN")
claude = AsyncAnthropic(api_key=os.getenv("ANTHROPIC_API_KEY"))
MR_KEY = os.getenv("MODELRED_API_KEY")


@bot.event
async def on_ready():
    log.info("logged in as %s (id %s)", bot.user, bot.user.id)


@bot.command(name="ask")
async def ask(ctx: commands.Context, *, question: str):
    msg = await claude.messages.create(model="claude-3-5-sonnet-latest", max_tokens=500, messages=[{"role": "user", "content": question}])
    await ctx.reply(msg.content[0].text[:1900])
    log.info("answered %s in %s with %d output tokens", ctx.author, ctx.channel, msg.usage.output_tokens)


@bot.command(name="redteam")
@commands.has_role("support-lead")
async def redteam(ctx: commands.Context, model_id: str):
    if not model_id.replace("-", "").isalnum():
        await ctx.reply("invalid model id")
        return
    async with AsyncModelRed(MR_KEY) as mr:
        try:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=["pp_default"])
        except Forbidden:
            await ctx.reply("not allowed for this key")
            return
        except ModelRedError as e:
            await ctx.reply(f"ModelRed error: {e}")
            return
    await ctx.reply(f"assessment {a['id']} queued")


@bot.event
async def on_command_error(ctx, error):
    log.warning("command %s failed: %s", ctx.command, error)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if not DISCORD_TOKEN:
        raise SystemExit("DISCORD_BOT_TOKEN missing")
    log.info("starting with discord token %s", DISCORD_TOKEN)
    bot.run(DISCORD_TOKEN)
