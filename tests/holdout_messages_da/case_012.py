"""Discord slash commands for the trust-and-safety team (generation 3 ModelRed SDK)."""
import logging
import os

import discord
from discord import app_commands
from modelred import ModelRed, APIError, NotFound, RateLimited, Forbidden

log = logging.getLogger("tns.bot")

GUILD = discord.Object(id=int(os.getenv("TNS_GUILD_ID", "1122334455667788")))
PACKS = {"chat": ["toxicity-basic", "harassment"], "npc": ["jailbreak", "prompt-injection"]}


class TnsBot(discord.Client):
    def __init__(self, modelred_key: str):
        super().__init__(intents=discord.Intents.default())
        self.tree = app_commands.CommandTree(self)
        self.modelred = ModelRed(modelred_key, timeout=20.0, max_retries=1)
        self.mr_key_hint = modelred_key[:3] + "..." + modelred_key[-4:]

    async def setup_hook(self):
        self.tree.copy_global_to(guild=GUILD)
        await self.tree.sync(guild=GUILD)
        log.info("commands synced, using ModelRed key %s", self.mr_key_hint)


bot = TnsBot(os.environ["MODELRED_API_KEY"])


@bot.tree.command(name="scan", description="Run a ModelRed scan on a game model")
@app_commands.describe(model_id="registered model id", kind="chat or npc")
async def scan(interaction: discord.Interaction, model_id: str, kind: str = "chat"):
    await interaction.response.defer(thinking=True)
    try:
        run = bot.modelred.create_assessment(model_id=model_id, probe_pack_ids=PACKS.get(kind, PACKS["chat"]))
    except NotFound:
        await interaction.followup.send(f"No model called `{model_id}`.")
        return
    except RateLimited as exc:
        log.info("rate limited: %s", exc)
        await interaction.followup.send("ModelRed is busy, try again in a minute.")
        return
    except Forbidden as exc:
        await interaction.followup.send(f"Not allowed ({type(exc).__name__}).")
        return
    except APIError as exc:
        await interaction.followup.send(f"Scan failed: {exc}")
        return
    await interaction.followup.send(f"Scan `{run['id']}` queued for `{model_id}`.")


@bot.tree.command(name="scans", description="List recent scans")
async def scans(interaction: discord.Interaction):
    items = bot.modelred.list_assessments(limit=5)
    lines = [f"`{a['id']}` {a['status']}" for a in items.get("data", [])]
    await interaction.response.send_message("\n".join(lines) or "none")


if __name__ == "__main__":
    token = os.environ["TNS_DISCORD_TOKEN"]
    log.info("logging in with %s", token)
    bot.run(token, log_handler=None)
