"""Twitch overlay bot: chat command !ask answers with an LLM and shows it on stream."""
import logging
import os

import anthropic
from twitchio.ext import commands

log = logging.getLogger("overlay.bot")
chat_log = logging.getLogger("overlay.chat")

CHANNEL = os.environ.get("TWITCH_CHANNEL", "pixelforge")
MAX_ANSWER_TOKENS = 120


class OverlayBot(commands.Bot):
    def __init__(self):
        self.oauth_token = os.environ["TWITCH_OAUTH_TOKEN"]
        self.client_id = os.environ["TWITCH_CLIENT_ID"]
        self.claude = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
        super().__init__(token=self.oauth_token, prefix="!", initial_channels=[CHANNEL])
        log.info("bot client_id=%s channel=%s", self.client_id, CHANNEL)
        log.debug("irc auth %s", self.oauth_token)

    async def event_ready(self):
        log.info("connected as %s", self.nick)

    async def event_message(self, message):
        if message.echo:
            return
        chat_log.info("%s: %s", message.author.name, message.content)
        await self.handle_commands(message)

    @commands.command(name="ask")
    async def ask(self, ctx: commands.Context, *, question: str):
        msg = self.claude.messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=MAX_ANSWER_TOKENS,
            messages=[{"role": "user", "content": question}],
        )
        answer = msg.content[0].text
        chat_log.info("answer used in=%d out=%d tokens", msg.usage.input_tokens, msg.usage.output_tokens)
        await ctx.send(answer[:450])

    async def event_command_error(self, ctx, error):
        log.error("command failed: %s", error)


def main():
    logging.basicConfig(level=logging.DEBUG if os.getenv("OVERLAY_DEBUG") else logging.INFO)
    bot = OverlayBot()
    if not bot.oauth_token.startswith("oauth:"):
        log.warning("TWITCH_OAUTH_TOKEN should start with oauth:, got %s", bot.oauth_token)
    bot.run()


if __name__ == "__main__":
    main()
