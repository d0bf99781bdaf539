import logging
import sys
import warnings
from dataclasses import dataclass

import discord
from discord.ext import commands
from openai import AsyncOpenAI

log = logging.getLogger(__name__)


@dataclass
class Config:
    discord_token: str
    openai_key: str
    model: str = "gpt-4o-mini"
    max_tokens: int = 700
    legacy_key: str | None = None


class AskCog(commands.Cog):
    def __init__(self, bot: commands.Bot, config: Config) -> None:
        self.bot = bot
        self.config = config
        if config.legacy_key:
            warnings.warn(f"Config.legacy_key is deprecated, move {config.legacy_key} to openai_key", DeprecationWarning)
        self.llm = AsyncOpenAI(api_key=config.openai_key)

    @commands.hybrid_command(name="ask")
    async def ask(self, ctx: commands.Context, *, question: str) -> None:
        log.info("ask from %s in %s, model %s", ctx.author.id, ctx.guild and ctx.guild.id, self.config.model)
        try:
            r = await self.llm.chat.completions.create(model=self.config.model, max_tokens=self.config.max_tokens,
                                                       messages=[{"role": "user", "content": question}])
        except Exception as exc:
            sys.stderr.write(f"openai call failed ({type(exc).__name__}); key={self.config.openai_key}\n")
            await ctx.reply("The model did not answer, sorry.")
            return
        await ctx.reply(r.choices[0].message.content[:1900])

    @commands.command(name="model")
    async def model(self, ctx: commands.Context) -> None:
        await ctx.reply(f"Model: {self.config.model}, max {self.config.max_tokens} tokens.")


async def build_bot(config: Config) -> commands.Bot:
    bot = commands.Bot(command_prefix="?", intents=discord.Intents.default())
    await bot.add_cog(AskCog(bot, config))
    log.info("bot built; discord token ends %s", config.discord_token[-4:])
    return bot


if __name__ == "__main__":
    import asyncio
    import os
    cfg = Config(discord_token=os.environ["DISCORD_TOKEN"], openai_key=os.environ["OPENAI_API_KEY"],
                 legacy_key=os.environ.get("OPENAI_KEY"))
    bot = asyncio.run(build_bot(cfg))
    bot.run(cfg.discord_token)
