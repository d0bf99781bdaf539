"""Zulip bot that lets people check ModelRed scores (SDK 0.1.3x, async client)."""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Callable, Mapping

import zulip
from modelred import AsyncModelRed, ModelRedError, NotFoundError as MRNotFound

logger = logging.getLogger("zulip.scores")
Message = Mapping[str, Any]


class ScoreBot:
    def __init__(self, zulip_client: zulip.Client, mr_factory: Callable[[], AsyncModelRed], stream: str = "ml-safety") -> None:
        self.zc = zulip_client
        self.mr_factory = mr_factory
        self.stream = stream

    def reply(self, msg: Message, content: str) -> None:
        if msg["type"] == "private":
            self.zc.send_message({"type": "private", "to": [msg["sender_email"]], "content": content})
        else:
            self.zc.send_message({"type": "stream", "to": msg["display_recipient"], "topic": msg["subject"], "content": content})

    async def score(self, msg: Message, assessment_id: str) -> None:
        try:
            async with self.mr_factory() as mr:
                a = await mr.get_assessment(assessment_id)
        except MRNotFound:
            self.reply(msg, f"No assessment `{assessment_id}`.")
            return
        except ModelRedError as err:
            logger.error("get_assessment(%s) failed: %r", assessment_id, err)
            self.reply(msg, f"ModelRed said: {err}")
            return
        self.reply(msg, f"**{assessment_id}**: {a['status']}, risk score {a.get('overall_score')}")

    def handle(self, msg: Message) -> None:
        words = msg["content"].split()
        if len(words) == 2 and words[0] == "score":
            asyncio.run(self.score(msg, words[1]))
        elif words[:1] == ["help"]:
            self.reply(msg, "`score <assessment-id>`; the bot's ModelRed key is managed by the safety team.")


def make_factory(api_key: str) -> Callable[[], AsyncModelRed]:
    logger.info("ModelRed factory configured (key length %d)", len(api_key))
    return lambda: AsyncModelRed(api_key=api_key)


def main(zuliprc: str, api_key: str) -> None:
    zc = zulip.Client(config_file=zuliprc)
    bot = ScoreBot(zc, make_factory(api_key))
    logger.info("zulip score bot starting with rc=%s key=%s", zuliprc, api_key)
    zc.call_on_each_message(bot.handle)


if __name__ == "__main__":
    import os
    main(os.path.expanduser("~/.zuliprc"), os.environ["MODELRED_API_KEY"])
