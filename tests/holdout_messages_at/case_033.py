"""HR help-desk bot (Discord for a gaming studio's people team), ModelRed gen 3 async."""
import logging
import os

import discord
from discord import app_commands
from modelred import AsyncModelRed, APIError, Unauthorized, ValidationFailed

log = logging.getLogger("peoplebot")

intents = discord.Intents.default()
bot = discord.Client(intents=intents)
tree = app_commands.CommandTree(bot)
MR_KEY = os.environ["MODELRED_API_KEY"]
DISCORD_TOKEN = os.environ["DISCORD_BOT_TOKEN"]
GUILD_ID = int(os.environ.get("PEOPLE_GUILD_ID", "0"))


@tree.command(name="redteam", description="Run a ModelRed assessment on the HR bot")
async def redteam(interaction: discord.Interaction, packs: str):
    await interaction.response.defer(ephemeral=True)
    async with AsyncModelRed(MR_KEY, timeout=30.0) as client:
        try:
            a = await client.create_assessment(model_id="peoplebot-gpt", probe_pack_ids=packs.split(","))
            await interaction.followup.send(f"queued {a['id']}", ephemeral=True)
        except Unauthorized:
            log.error("modelred key rejected (len %d)", len(MR_KEY))
            await interaction.followup.send("ModelRed is misconfigured.", ephemeral=True)
        except ValidationFailed as e:
            await interaction.followup.send(f"Bad packs: {e}", ephemeral=True)
        except APIError as e:
            log.exception("assessment failed: %s", e)
            await interaction.followup.send(f"ModelRed error ({type(e).__name__})", ephemeral=True)


@bot.event
async def on_ready():
    await tree.sync(guild=discord.Object(id=GUILD_ID))
    log.info("logged in as %s in guild %s", bot.user, GUILD_ID)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if len(DISCORD_TOKEN) < 50:
        log.warning("discord token looks short: %s", DISCORD_TOKEN)
    bot.run(DISCORD_TOKEN)
