"""Discord bot: `/scan` runs a ModelRed assessment (async, generation 2)."""
import logging
import os

import discord
from discord import app_commands

from modelred import AsyncModelRed, ModelRedError, RateLimitError

log = logging.getLogger("discord.scan")
intents = discord.Intents.default()
bot = discord.Client(intents=intents)
tree = app_commands.CommandTree(bot)
DISCORD_TOKEN_ENV = "DISCORD_BOT_TOKEN"


@tree.command(name="scan", description="Red-team one of your registered models")
async def scan(interaction: discord.Interaction, model: str):
    await interaction.response.defer(thinking=True)
    try:
        async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
            run = await client.create_assessment(model=model, test_types=["jailbreak", "pii"], priority="normal")
    except RateLimitError as e:
        log.info("rate limited: %s", e)
        await interaction.followup.send("Too many scans right now, try again in a minute.", ephemeral=True)
        return
    except ModelRedError as e:
        await interaction.followup.send(f"Scan failed: {e}", ephemeral=True)
        return
    await interaction.followup.send(f"Scan `{run['id']}` started for `{model}`")


@tree.command(name="status", description="Status of a scan")
async def status(interaction: discord.Interaction, scan_id: str):
    try:
        async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
            data = await client.get_assessment(scan_id)
    except ModelRedError as e:
        log.error("status lookup failed for %s", scan_id, exc_info=e)
        await interaction.response.send_message("Lookup failed.", ephemeral=True)
        return
    await interaction.response.send_message(f"`{scan_id}`: {data['status']} ({data.get('progress', 0)}%)")


@bot.event
async def on_ready():
    await tree.sync()
    log.info("logged in as %s", bot.user)


if __name__ == "__main__":
    token = os.environ.get(DISCORD_TOKEN_ENV)
    if token is None:
        raise SystemExit(f"{DISCORD_TOKEN_ENV} is not set")
    bot.run(token, log_handler=None)
