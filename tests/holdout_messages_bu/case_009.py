"""CTF helper Discord bot: hints from an LLM, flags checked against a scoreboard."""
import logging
import os

import discord
from discord import app_commands
from openai import AsyncOpenAI

log = logging.getLogger("ctfbot")

DISCORD_TOKEN = os.environ["CTFBOT_DISCORD_TOKEN"]
SCOREBOARD_TOKEN = os.environ.get("CTFD_ACCESS_TOKEN", "")
MAX_HINT_TOKENS = 250

intents = discord.Intents.default()
bot = discord.Client(intents=intents)
tree = app_commands.CommandTree(bot)
llm = AsyncOpenAI()


@tree.command(name="hint", description="Ask for a nudge on a challenge")
async def hint(interaction: discord.Interaction, challenge: str, question: str):
    resp = await llm.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_HINT_TOKENS,
        messages=[
            {"role": "system", "content": "Give a hint, never the flag."},
            {"role": "user", "content": f"{challenge}: {question}"},
        ],
    )
    log.info("hint for %s by %s (%d tokens)", challenge, interaction.user, resp.usage.total_tokens)
    await interaction.response.send_message(resp.choices[0].message.content, ephemeral=True)


@tree.command(name="whoami", description="Show bot config")
async def whoami(interaction: discord.Interaction):
    await interaction.response.send_message(f"scoreboard token set: {bool(SCOREBOARD_TOKEN)}", ephemeral=True)


@bot.event
async def on_ready():
    await tree.sync()
    log.info("logged in as %s (id %s)", bot.user, bot.user.id)
    log.info("max hint tokens %d", MAX_HINT_TOKENS)


@bot.event
async def on_error(event, *args, **kwargs):
    log.exception("error in %s", event)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if not SCOREBOARD_TOKEN:
        log.warning("CTFD_ACCESS_TOKEN empty, flag checks disabled (value %r)", SCOREBOARD_TOKEN)
    log.info("starting bot with token %s", DISCORD_TOKEN)
    try:
        bot.run(DISCORD_TOKEN)
    except discord.LoginFailure:
        raise RuntimeError("discord login failed for token " + DISCORD_TOKEN) from None
