"""Discord bot with an app command that summarises ModelRed results."""
import logging
import os

import discord
from discord import app_commands
import modelred

log = logging.getLogger("discord.redteam")
intents = discord.Intents.default()
bot = discord.Client(intents=intents)
tree = app_commands.CommandTree(bot)
DISCORD_TOKEN = os.getenv("DISCORD_TOKEN")
MR_KEY = os.getenv("MODELRED_API_KEY")


@bot.event
async def on_ready():
    log.info("Logged in as %s (token length %d)", bot.user, len(DISCORD_TOKEN or ""))


@tree.command(name="report", description="Latest assessment report")
async def report(interaction: discord.Interaction, assessment_id: str):
    await interaction.response.defer()
    async with modelred.AsyncModelRed(MR_KEY) as client:
        try:
            a = await client.get_assessment(assessment_id)
        except modelred.NotFound:
            await interaction.followup.send("Unknown assessment.")
            return
        except modelred.APIError as exc:
            await interaction.followup.send(f"ModelRed said: {exc}")
            return
    await interaction.followup.send(f"{a['status']}: score {a.get('score')}")


def main() -> None:
    if not DISCORD_TOKEN:
        raise SystemExit("DISCORD_TOKEN is not set")
    log.debug("starting with modelred key %s", MR_KEY)
    bot.run(DISCORD_TOKEN)


if __name__ == "__main__":
    main()
