"""Warehouse safety chatbot on Discord; ModelRed generation 2 scan via slash command."""
import logging
import os

import discord
from discord import app_commands
from modelred import AsyncModelRedClient, ModelRedError, RateLimitError

intents = discord.Intents.default()
bot = discord.Client(intents=intents)
tree = app_commands.CommandTree(bot)
dlog = logging.getLogger("safetybot")

DISCORD_TOKEN = os.environ["DISCORD_BOT_TOKEN"]
mr_client = AsyncModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@tree.command(name="scan", description="Red-team the forklift-safety assistant")
async def scan(interaction: discord.Interaction, model: str = "forklift-safety"):
    await interaction.response.defer(thinking=True)
    try:
        job = await mr_client.create_assessment(model=model, test_types=["jailbreak", "harmful_advice"])
    except RateLimitError:
        await interaction.followup.send("ModelRed is rate limiting us, try in a minute.")
        return
    except ModelRedError as e:
        await interaction.followup.send(f"Scan failed: {e}")
        return
    await interaction.followup.send(f"Scan {job['id']} queued for {model}")


@tree.command(name="botinfo", description="Show bot configuration")
async def botinfo(interaction: discord.Interaction):
    await interaction.response.send_message(
        f"guilds={len(bot.guilds)} latency={bot.latency:.2f}s token_set={bool(DISCORD_TOKEN)}"
    )


@bot.event
async def on_ready():
    await tree.sync()
    dlog.info("logged in as %s (%s)", bot.user, bot.user.id)


def main():
    logging.basicConfig(level=logging.INFO)
    try:
        bot.run(DISCORD_TOKEN, log_handler=None)
    except discord.LoginFailure:
        dlog.critical("Discord refused token %s", DISCORD_TOKEN)
        raise


if __name__ == "__main__":
    main()
