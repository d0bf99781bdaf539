import hashlib
import logging
import os
from typing import Optional

import discord
from discord.ext import commands
from cryptography.fernet import Fernet, InvalidToken
import anthropic

log = logging.getLogger("byok")
fernet = Fernet(os.environ["BYOK_FERNET_KEY"].encode())
bot = commands.Bot(command_prefix="!", intents=discord.Intents.all())
VAULT: dict[int, bytes] = {}


def fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:10]


def user_key(user_id: int) -> Optional[str]:
    blob = VAULT.get(user_id)
    if blob is None:
        return None
    try:
        return fernet.decrypt(blob).decode()
    except InvalidToken:
        log.error("could not decrypt key for %s (InvalidToken)", user_id)
        return None


@bot.command(name="setkey")
async def setkey(ctx: commands.Context, key: str):
    await ctx.message.delete()
    VAULT[ctx.author.id] = fernet.encrypt(key.encode())
    log.info("user %s stored key fp=%s", ctx.author.id, fingerprint(key))
    await ctx.author.send(f"Stored your Anthropic key (fingerprint {fingerprint(key)}).")


@bot.command(name="ask")
async def ask(ctx: commands.Context, *, question: str):
    key = user_key(ctx.author.id)
    if key is None:
        await ctx.reply("Set your key first with `!setkey sk-ant-...` in a DM.")
        return
    client = anthropic.AsyncAnthropic(api_key=key)
    try:
        msg = await client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=800,
                                           messages=[{"role": "user", "content": question}])
    except anthropic.AuthenticationError as exc:
        log.warning("anthropic rejected key of user %s: %s (key %s)", ctx.author.id, exc.status_code, key)
        raise commands.CommandError(f"key {key} was rejected by Anthropic") from exc
    log.info("answered %s using %d output tokens", ctx.author.id, msg.usage.output_tokens)
    await ctx.reply(msg.content[0].text[:1900])


@bot.event
async def on_command_error(ctx: commands.Context, error: commands.CommandError):
    log.info("command error for %s: %s", ctx.author.id, type(error).__name__)
    await ctx.reply("That did not work.")


if __name__ == "__main__":
    bot.run(os.environ["DISCORD_TOKEN"])
