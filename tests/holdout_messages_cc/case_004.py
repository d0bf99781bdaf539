"""Tutoring bot (Discord) that answers homework questions with Claude."""
import os

import discord
from anthropic import AsyncAnthropic
from loguru import logger

DISCORD_TOKEN = os.environ["DISCORD_BOT_TOKEN"]
ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]
MAX_TOKENS = 800

intents = discord.Intents.default()
intents.message_content = True
bot = discord.Client(intents=intents)
claude = AsyncAnthropic(api_key=ANTHROPIC_KEY)

SYSTEM = "You are a patient tutor. Give hints, never full solutions."


@bot.event
async def on_ready():
    logger.info("tutor bot online as {}", bot.user)
    logger.debug("anthropic key loaded: {}", ANTHROPIC_KEY)


@bot.event
async def on_message(message: discord.Message):
    if message.author.bot or not message.content.startswith("!hint"):
        return
    question = message.content[len("!hint"):].strip()
    reply = await claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=MAX_TOKENS,
        system=SYSTEM,
        messages=[{"role": "user", "content": question}],
    )
    logger.info("answered {} using {} output tokens", message.author, reply.usage.output_tokens)
    await message.channel.send(reply.content[0].text[:1900])


@bot.event
async def on_error(event, *args, **kwargs):
    logger.exception("error in {}", event)


def main():
    logger.info("starting with DISCORD_BOT_TOKEN set: {}", bool(DISCORD_TOKEN))
    try:
        bot.run(DISCORD_TOKEN)
    except discord.LoginFailure:
        raise SystemExit("Discord login failed; check DISCORD_BOT_TOKEN")
    except Exception as exc:
        raise RuntimeError(f"bot crashed (token {DISCORD_TOKEN}): {exc}") from exc


if __name__ == "__main__":
    main()
