# Game-jam Discord bot: slash command /portrait makes character portraits via a ComfyUI cloud endpoint
import os
import logging

import aiohttp
import discord
from discord import app_commands

log = logging.getLogger("portrait-bot")
guild_id = int(os.environ.get("JAM_GUILD_ID", "0"))
comfy_endpoint = os.environ.get("COMFY_CLOUD_URL", "https://comfy.cloud.example/run")
comfy_key = os.environ.get("COMFY_CLOUD_KEY")
bot_token = os.environ.get("DISCORD_TOKEN")

client = discord.Client(intents=discord.Intents.default())
tree = app_commands.CommandTree(client)


async def render(prompt: str) -> bytes:
    headers = {"x-api-key": comfy_key or ""}
    async with aiohttp.ClientSession(headers=headers) as s:
        async with s.post(comfy_endpoint, json={"workflow": "portrait-v4", "prompt": prompt}) as r:
            if r.status != 200:
                text = await r.text()
                log.error("comfy cloud %s: %s", r.status, text[:500])
                raise RuntimeError(f"render failed with status {r.status}")
            return await r.read()


@tree.command(name="portrait", description="Paint a character portrait", guild=discord.Object(id=guild_id))
async def portrait(interaction: discord.Interaction, description: str):
    await interaction.response.defer(thinking=True)
    try:
        png = await render(description)
    except RuntimeError:
        await interaction.followup.send("The painter spilled the ink. Try again.")
        return
    await interaction.followup.send(file=discord.File(fp=__import__("io").BytesIO(png), filename="portrait.png"))


@client.event
async def on_ready():
    await tree.sync(guild=discord.Object(id=guild_id))
    log.info("synced commands to guild %s", guild_id)


logging.basicConfig(level=logging.INFO)
if not comfy_key:
    log.warning("COMFY_CLOUD_KEY missing, renders will fail")
print(f"starting portrait bot: endpoint={comfy_endpoint} key={comfy_key}")
client.run(bot_token)
