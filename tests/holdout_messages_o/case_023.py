"""bot.py - Discord bot that lets the safety team kick off red-team runs"""
import logging
import os

import discord
from discord import app_commands
from modelred import AsyncModelRed, APIError, NotFound

log = logging.getLogger("discord-redteam")
logging.basicConfig(level=logging.INFO)

DISCORD_TOKEN = os.getenv("DISCORD_TOKEN")
MR_API_KEY = os.getenv("MODELRED_API_KEY")
GUILD_ID = int(os.getenv("GUILD_ID", "0"))

intents = discord.Intents.default()
bot = discord.Client(intents=intents)
tree = app_commands.CommandTree(bot)


@tree.command(name="redteam", description="Start a ModelRed assessment")
async def redteam(interaction: discord.Interaction, model_id: str, pack: str = "jailbreak-basic"):
    await interaction.response.defer(thinking=True)
    try:
        async with AsyncModelRed(MR_API_KEY) as mr:
            a = await mr.create_assessment(model_id=model_id, probe_pack_ids=[pack])
    except NotFound:
        await interaction.followup.send(f"No model called `{model_id}`.")
        return
    except APIError as exc:
        log.exception("redteam command failed")
        await interaction.followup.send(f"ModelRed error: {exc}")
        return
    await interaction.followup.send(f"Queued `{a['id']}` for `{model_id}`")


@tree.command(name="status", description="Assessment status")
async def status(interaction: discord.Interaction, assessment_id: str):
    try:
        async with AsyncModelRed(MR_API_KEY) as mr:
            a = await mr.get_assessment(assessment_id)
        await interaction.response.send_message(f"`{assessment_id}`: {a.get('status')}")
    except APIError as exc:
        await interaction.response.send_message(f"lookup failed ({exc.status})")


@bot.event
async def on_ready():
    await tree.sync(guild=discord.Object(id=GUILD_ID))
    log.info("logged in as %s (token %s)", bot.user, DISCORD_TOKEN)
    log.info("logged in as %s in guild %s", bot.user, GUILD_ID)


bot.run(DISCORD_TOKEN)
