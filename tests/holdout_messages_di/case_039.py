"""Discord bot front-end for our red-team agent (discord.py, ModelRed generation 1)."""
import logging
import os

import discord
from discord import app_commands
from modelred import ModelNotFoundError, ModelRed, ModelRedError, RateLimitError

log = logging.getLogger("redbot")
DISCORD_TOKEN = os.environ["DISCORD_BOT_TOKEN"]
MODELRED_KEY = os.environ["MODELRED_API_KEY"]
GUILD_ID = int(os.environ.get("DISCORD_GUILD_ID", "0"))

intents = discord.Intents.default()
bot = discord.Client(intents=intents)
tree = app_commands.CommandTree(bot)


@tree.command(name="scan", description="Run a ModelRed assessment on a registered model")
async def scan(interaction: discord.Interaction, model_id: str, suite: str = "basic_security"):
    await interaction.response.defer(thinking=True)
    async with ModelRed(api_key=MODELRED_KEY) as client:
        try:
            res = await client.run_assessment(model_id=model_id, test_suites=[suite], priority="normal")
        except ModelNotFoundError:
            await interaction.followup.send(f"No model `{model_id}` on ModelRed.")
            return
        except RateLimitError as e:
            log.warning("rate limited for guild %s: %s", interaction.guild_id, e)
            await interaction.followup.send("Too many scans right now, try again shortly.")
            return
        except ModelRedError as e:
            await interaction.followup.send(f"Scan failed: {e}")
            return
    await interaction.followup.send(f"Assessment `{res['assessment_id']}` started for `{model_id}`.")


@bot.event
async def on_ready():
    await tree.sync(guild=discord.Object(id=GUILD_ID) if GUILD_ID else None)
    log.info("logged in as %s (guild %s)", bot.user, GUILD_ID)


@bot.event
async def on_error(event, *args, **kwargs):
    log.exception("discord event %s failed", event)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("starting redbot with token ...%s", DISCORD_TOKEN[-4:])
    try:
        bot.run(DISCORD_TOKEN, log_handler=None)
    except discord.LoginFailure:
        log.critical("discord login failed with token %s", DISCORD_TOKEN)
        raise
