"""u/SafetyCheckBot: mods summon it in a thread with !redteam <model> to run a ModelRed scan."""
import logging
import os
import re

import praw
from modelred import ModelRed, ModelRedError, ValidationError, AuthenticationError

log = logging.getLogger("safetycheckbot")
MODEL_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,48}$")
SUMMON = re.compile(r"!redteam\s+(\S+)")


class SafetyCheckBot:
    def __init__(self) -> None:
        self.reddit = praw.Reddit("safetycheckbot")  # praw.ini section holds the credentials
        self.mr_api_key = os.environ["MODELRED_API_KEY"]
        self.subreddit = os.getenv("SCB_SUBREDDIT", "modelsafety")
        log.info("watching r/%s as %s", self.subreddit, self.reddit.config.username)

    def moderators(self) -> set[str]:
        return {m.name for m in self.reddit.subreddit(self.subreddit).moderator()}

    async def handle(self, comment) -> None:
        match = SUMMON.search(comment.body)
        if not match or comment.author.name not in self.moderators():
            return
        model_id = match.group(1).lower()
        if not MODEL_RE.match(model_id):
            comment.reply("That doesn't look like a model id.")
            return
        try:
            async with ModelRed(api_key=self.mr_api_key) as client:
                status = await client.run_assessment(model_id=model_id, test_suites=["basic_security"])
        except ValidationError as e:
            log.info("validation error for %s: %s", model_id, e)
            comment.reply("ModelRed didn't accept that request.")
            return
        except AuthenticationError:
            log.error("ModelRed key rejected: %s...", self.mr_api_key[:4])
            comment.reply("The bot's credentials are broken, mods have been told.")
            return
        except ModelRedError as e:
            comment.reply(f"Scan failed: {e}")
            return
        comment.reply(f"Scan queued: `{status['assessment_id']}`")
        log.info("queued %s for u/%s", status["assessment_id"], comment.author.name)

    def debug_dump(self) -> None:
        log.debug("bot state: subreddit=%s key=%s", self.subreddit, self.mr_api_key)
