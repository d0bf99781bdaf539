import logging
import os

import nextcord
from nextcord.ext import commands
from modelred import ModelRed, ModelRedError, AuthenticationError, ValidationError

log = logging.getLogger("nextcord.redteam")
bot = commands.Bot(intents=nextcord.Intents.default())
GUILD_IDS = [int(g) for g in os.environ.get("GUILD_IDS", "").split(",") if g]
SUITES = ["basic_security", "prompt_injection"]


@bot.slash_command(name="scan", description="Red-team a registered model", guild_ids=GUILD_IDS)
async def scan(interaction: nextcord.Interaction, model_id: str):
    await interaction.response.defer(ephemeral=True)
    try:
        async with ModelRed() as client:
            result = await client.run_assessment(model_id=model_id, test_suites=SUITES, priority="normal")
    except AuthenticationError:
        log.error("ModelRed rejected our key (guild %s)", interaction.guild_id)
        await interaction.followup.send("The bot's ModelRed key is not valid; ask an admin.", ephemeral=True)
        return
    except ValidationError as e:
        await interaction.followup.send(f"Invalid request: {e}", ephemeral=True)
        return
    except ModelRedError as e:
        log.exception("scan of %s failed", model_id)
        await interaction.followup.send("Scan failed, try again later.", ephemeral=True)
        return
    await interaction.followup.send(f"Assessment {result.assessment_id} queued for `{model_id}`.", ephemeral=True)


@bot.slash_command(name="model", description="Show a model", guild_ids=GUILD_IDS)
async def model(interaction: nextcord.Interaction, model_id: str):
    try:
        async with ModelRed() as client:
            info = await client.get_model(model_id)
    except ModelRedError as e:
        raise commands.CommandError("model lookup failed") from e
    await interaction.response.send_message(f"{info['model_id']} ({info['provider']})", ephemeral=True)


@bot.event
async def on_application_command_error(interaction: nextcord.Interaction, error: Exception):
    log.warning("command error: %r", error)
    await interaction.send("Something went wrong.", ephemeral=True)


if __name__ == "__main__":
    token = os.environ.get("DISCORD_TOKEN")
    if not token:
        raise SystemExit(f"DISCORD_TOKEN missing (got {token!r})")
    log.info("starting for guilds %s", GUILD_IDS)
    bot.run(token)
