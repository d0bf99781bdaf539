"""Discord bot: `/redteam <model>` starts a ModelRed assessment."""
import logging
import os

import discord
from discord import app_commands
from modelred import APIError, AsyncModelRed, LimitExceeded

log = logging.getLogger("bot.discord")

DISCORD_TOKEN = os.environ["DISCORD_BOT_TOKEN"]
MODELRED_KEY = os.environ["MODELRED_API_KEY"]
DEFAULT_PACKS = ["jailbreak-basic", "prompt-injection-v2"]

intents = discord.Intents.default()
client = discord.Client(intents=intents)
tree = app_commands.CommandTree(client)


@tree.command(name="redteam", description="Start a red-team assessment")
async def redteam(interaction: discord.Interaction, model_id: str) -> None:
    await interaction.response.defer(thinking=True)
    log.info("%s asked for %s", interaction.user.id, model_id)
    try:
        async with AsyncModelRed(MODELRED_KEY) as mr:
            created = await mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=DEFAULT_PACKS)
    except LimitExceeded:
        await interaction.followup.send("Monthly assessment limit reached.")
        return
    except APIError as e:
        await interaction.followup.send(f"ModelRed error: {e}")
        return
    except Exception:
        log.exception("unexpected failure for %s", model_id)
        await interaction.followup.send("Something went wrong.")
        return
    await interaction.followup.send(f"Started assessment `{created['id']}` for `{model_id}`")


@client.event
async def on_ready() -> None:
    await tree.sync()
    log.info("logged in as %s", client.user)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    log.info("starting bot with token %s", DISCORD_TOKEN)
    client.run(DISCORD_TOKEN, log_handler=None)
