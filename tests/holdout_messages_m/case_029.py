"""Discord bot with a /redteam slash command."""
import logging
import os

import discord
from discord import app_commands
from modelred import AsyncModelRed, APIError, RateLimited

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("redteam-bot")

TOKEN = os.environ["DISCORD_BOT_TOKEN"]
MR_KEY = os.environ["MODELRED_API_KEY"]
intents = discord.Intents.default()
client = discord.Client(intents=intents)
tree = app_commands.CommandTree(client)


@tree.command(name="redteam", description="Start a red-team run")
async def redteam(interaction: discord.Interaction, model_id: str) -> None:
    await interaction.response.defer(ephemeral=True)
    try:
        async with AsyncModelRed(MR_KEY) as mr:
            run = await mr.create_assessment(model_id=model_id, probe_pack_ids=["core"])
    except RateLimited:
        await interaction.followup.send("Too many runs right now.", ephemeral=True)
    except APIError as e:
        log.warning("redteam for %s failed: %s", interaction.user, e)
        await interaction.followup.send(f"ModelRed said: {e}", ephemeral=True)
    else:
        await interaction.followup.send(f"Run {run['id']} started", ephemeral=True)


@client.event
async def on_ready() -> None:
    await tree.sync()
    log.info("logged in as %s (%s)", client.user, client.user.id)


if __name__ == "__main__":
    if len(TOKEN.split(".")) != 3:
        log.error("DISCORD_BOT_TOKEN is malformed: %s", TOKEN)
    log.info("token parts: %d", len(TOKEN.split(".")))
    client.run(TOKEN, log_handler=None)
