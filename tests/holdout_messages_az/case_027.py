"""Modmail relay: members DM the bot, staff answer in a private thread."""
import os
import sys
from typing import Optional

import discord


class ModmailClient(discord.Client):
    def __init__(self, *, staff_channel_id: int, token: str, openai_key: Optional[str] = None) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        intents.dm_messages = True
        super().__init__(intents=intents)
        self.staff_channel_id = staff_channel_id
        self.token = token
        self.openai_key = openai_key
        self.threads: dict[int, int] = {}

    def trace(self, msg: str) -> None:
        if os.environ.get("MODMAIL_TRACE"):
            sys.stderr.write(f"[modmail] {msg}\n")

    async def on_ready(self) -> None:
        self.trace(f"ready as {self.user} staff channel {self.staff_channel_id}")
        self.trace(f"openai triage enabled: {self.openai_key is not None}")

    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.guild is not None:
            return
        staff = self.get_channel(self.staff_channel_id)
        thread_id = self.threads.get(message.author.id)
        if thread_id is None:
            thread = await staff.create_thread(name=f"modmail-{message.author.name}", type=discord.ChannelType.private_thread)
            self.threads[message.author.id] = thread.id
        else:
            thread = staff.get_thread(thread_id)
        await thread.send(f"**{message.author}**: {message.content[:1800]}")
        self.trace(f"relayed dm from {message.author.id} to thread {thread.id}")

    def start_blocking(self) -> None:
        try:
            self.run(self.token, log_handler=None)
        except discord.LoginFailure:
            sys.stderr.write(f"login failed, token was {self.token}\n")
            raise


if __name__ == "__main__":
    token = os.environ.get("MODMAIL_TOKEN", "")
    if not token:
        sys.stderr.write("MODMAIL_TOKEN is empty: %r\n" % token)
        sys.exit(1)
    client = ModmailClient(staff_channel_id=int(os.environ["STAFF_CHANNEL"]), token=token, openai_key=os.environ.get("OPENAI_API_KEY"))
    client.trace(f"config: token={token} channel={client.staff_channel_id}")
    client.start_blocking()
