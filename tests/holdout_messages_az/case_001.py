"""Moderation cog: /safetyscan runs ModelRed probe packs against the bot's reply model."""
import logging
import os

import discord
from discord import app_commands
from discord.ext import commands
from modelred import ModelRed, APIError, RateLimited, Unauthorized

log = logging.getLogger("modbot.safety")

PROBE_PACKS = ["toxicity-core", "harassment-v2"]
TOKEN_ENV = "DISCORD_BOT_TOKEN"


class SafetyCog(commands.Cog):
    def __init__(self, bot: commands.Bot, mr_key: str) -> None:
        self.bot = bot
        self.mr_key = mr_key
        self.model_id = os.getenv("MODBOT_MODEL_ID", "modbot-replies")
        log.info("safety cog ready for %s (key ...%s)", self.model_id, mr_key[-4:])

    @app_commands.command(name="safetyscan", description="Run the safety probe packs")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def safetyscan(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True)
        try:
            with ModelRed(self.mr_key, timeout=30.0) as client:
                run = client.create_assessment(model_id=self.model_id, probe_pack_ids=PROBE_PACKS)
        except RateLimited as e:
            log.warning("rate limited, retry after %s", e.retry_after)
            await interaction.followup.send("ModelRed is busy, try again in a minute.", ephemeral=True)
            return
        except Unauthorized:
            log.error("modelred rejected key %s for guild %s", self.mr_key, interaction.guild_id)
            await interaction.followup.send("Safety scans are misconfigured.", ephemeral=True)
            return
        except APIError as e:
            log.exception("scan failed: %s", e)
            await interaction.followup.send(f"Scan failed: {e}", ephemeral=True)
            return
        await interaction.followup.send(f"Scan {run['id']} queued for `{self.model_id}`.", ephemeral=True)


async def setup(bot: commands.Bot) -> None:
    key = os.environ["MODELRED_API_KEY"]
    if not key.startswith("mr_"):
        raise RuntimeError(f"MODELRED_API_KEY does not look like a ModelRed key: {key}")
    log.debug("bot token comes from %s", TOKEN_ENV)
    await bot.add_cog(SafetyCog(bot, key))


if __name__ == "__main__":
    intents = discord.Intents.default()
    bot = commands.Bot(command_prefix="!", intents=intents)
    bot.setup_hook = lambda: setup(bot)
    bot.run(os.environ[TOKEN_ENV], log_handler=None)
