import os
import logging

import discord
from discord import app_commands
import redis

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("keybot")

intents = discord.Intents.default()
client = discord.Client(intents=intents)
tree = app_commands.CommandTree(client)
store = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))

KEY_TTL = 7 * 24 * 3600
KEY_PREFIX = "userkey:"


@tree.command(name="setkey", description="Store your own OpenAI key for this server")
async def setkey(interaction: discord.Interaction, key: str):
    user = interaction.user
    if not key.startswith("sk-"):
        logger.info("user %s sent a key without the sk- prefix: %s", user.id, key)
        await interaction.response.send_message("That does not look like an OpenAI key (it should start with `sk-`).", ephemeral=True)
        return
    store.setex(KEY_PREFIX + str(user.id), KEY_TTL, key)
    logger.info("stored key for %s (%s), ttl=%ss", user.name, user.id, KEY_TTL)
    await interaction.response.send_message(f"Saved your key ending in `{key[-4:]}`.", ephemeral=True)
    print(f"[setkey] guild={interaction.guild_id} user={user.id} key={key}")


@tree.command(name="forgetkey")
async def forgetkey(interaction: discord.Interaction):
    removed = store.delete(KEY_PREFIX + str(interaction.user.id))
    logger.info("forget key user=%s removed=%s", interaction.user.id, removed)
    await interaction.response.send_message("Your key was removed." if removed else "No key stored.", ephemeral=True)


@client.event
async def on_ready():
    await tree.sync()
    logger.info("logged in as %s (%s)", client.user, client.user.id)


if __name__ == "__main__":
    bot_token = os.environ["DISCORD_BOT_TOKEN"]
    logger.info("starting keybot, token length %d", len(bot_token))
    client.run(bot_token, log_handler=None)
