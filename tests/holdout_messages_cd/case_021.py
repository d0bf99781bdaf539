"""Discord bot answering portfolio questions; keys from a .env file (terse, top-level)."""
import logging

import discord
from dotenv import dotenv_values
from groq import Groq

env = dotenv_values(".env")
logging.basicConfig(level=logging.INFO)
bot_log = logging.getLogger("pfbot")

bot_log.info("loaded .env with %d entries: %s", len(env), ", ".join(sorted(env)))
bot_log.debug("env: %s", env)

groq_key = env.get("GROQ_API_KEY")
discord_token = env["DISCORD_TOKEN"]
groq = Groq(api_key=groq_key)
MAX_TOKENS = 300

intents = discord.Intents.default()
intents.message_content = True
client = discord.Client(intents=intents)


@client.event
async def on_ready():
    bot_log.info("logged in as %s (max_tokens=%d)", client.user, MAX_TOKENS)


@client.event
async def on_message(message):
    if message.author.bot or not message.content.startswith("!pf "):
        return
    question = message.content[4:]
    chat = groq.chat.completions.create(
        model="llama-3.1-70b-versatile",
        messages=[{"role": "user", "content": question}],
        max_tokens=MAX_TOKENS,
    )
    await message.channel.send(chat.choices[0].message.content[:1900])
    bot_log.info("answered %s, %s tokens", message.author.id, chat.usage.total_tokens)


if not groq_key:
    bot_log.warning("GROQ_API_KEY missing from .env")

try:
    client.run(discord_token)
except discord.LoginFailure:
    bot_log.error("discord login failed with token %s", discord_token)
    raise
