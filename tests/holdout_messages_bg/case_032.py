"""Discord bot for a trading community: /ask routes to an LLM; /redteam asks ModelRed (gen 3)."""
import logging
import os

import discord
from discord import app_commands
from modelred import ModelRed, ModelRedError, NotFound, Unauthorized

log = logging.getLogger("tradebot.discord")

intents = discord.Intents.default()
client = discord.Client(intents=intents)
tree = app_commands.CommandTree(client)

DISCORD_TOKEN = os.environ["DISCORD_BOT_TOKEN"]
mr = ModelRed(os.environ["MODELRED_API_KEY"], timeout=20.0)


@tree.command(name="redteam", description="Start a ModelRed scan of a model")
async def redteam(interaction: discord.Interaction, model_id: str):
    try:
        a = mr.create_assessment(model_id=model_id, probe_pack_ids=["finance-basic"])
    except NotFound as e:
        await interaction.response.send_message(f"Model not found: {e}", ephemeral=True)
        return
    except Unauthorized as e:
        log.error("modelred unauthorized: %s", e)
        await interaction.response.send_message("Bot is misconfigured.", ephemeral=True)
        return
    except ModelRedError as e:
        await interaction.response.send_message(f"Scan failed: HTTP {e.status_code}", ephemeral=True)
        return
    await interaction.response.send_message(f"Scan {a['id']} started for {model_id}")


@tree.command(name="status", description="Scan status")
async def status(interaction: discord.Interaction, assessment_id: str):
    try:
        s = mr.get_assessment(assessment_id)
    except ModelRedError as e:
        await interaction.response.send_message(str(e), ephemeral=True)
        return
    await interaction.response.send_message(f"{assessment_id}: {s['status']}")


@client.event
async def on_ready():
    await tree.sync()
    log.info("logged in as %s (%s)", client.user, client.user.id)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if len(DISCORD_TOKEN) < 50:
        log.error("DISCORD_BOT_TOKEN looks truncated: %s", DISCORD_TOKEN)
    client.run(DISCORD_TOKEN, log_handler=None)
