#!/usr/bin/env python3
# boot.py -- starts the community helper bot on the fly.io machine
import logging
import os
import sys

import discord
from dotenv import load_dotenv
from openai import AsyncOpenAI

load_dotenv("/data/bot.env")
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(asctime)s %(message)s")

DISCORD_TOKEN = os.environ.get("DISCORD_TOKEN")
OPENAI_KEY = os.environ.get("OPENAI_API_KEY")
GUILD_ID = int(os.environ.get("GUILD_ID", "0"))
HELP_CHANNEL = os.environ.get("HELP_CHANNEL", "help")
MAX_TOKENS = int(os.environ.get("MAX_TOKENS", "300"))

logging.info("guild=%s channel=#%s max_tokens=%s", GUILD_ID, HELP_CHANNEL, MAX_TOKENS)
if not DISCORD_TOKEN:
    sys.exit("DISCORD_TOKEN missing from /data/bot.env")
if os.environ.get("BOOT_DEBUG"):
    logging.info("env: DISCORD_TOKEN=%s OPENAI_API_KEY=%s", DISCORD_TOKEN, OPENAI_KEY)
logging.info("openai key present: %s", OPENAI_KEY is not None)

intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents)
oai = AsyncOpenAI(api_key=OPENAI_KEY)


@client.event
async def on_ready():
    logging.info("ready as %s in %d guilds", client.user, len(client.guilds))


@client.event
async def on_message(message: discord.Message):
    if message.author.bot or message.channel.name != HELP_CHANNEL:
        return
    reply = await oai.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "system", "content": "You help members of a hobby community."},
                  {"role": "user", "content": message.content}],
    )
    await message.reply(reply.choices[0].message.content[:1900])
    logging.info("answered %s (%s tokens)", message.author, reply.usage.total_tokens)


try:
    client.run(DISCORD_TOKEN, log_handler=None)
except discord.LoginFailure:
    print(f"discord rejected token {DISCORD_TOKEN}", file=sys.stderr)
    sys.exit(2)
