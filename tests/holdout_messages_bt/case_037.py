"""Slack app: /ask command answering with OpenAI; a fallback key is kept for the free tier (async)."""
import logging
import os

from openai import AsyncOpenAI, RateLimitError
from slack_bolt.async_app import AsyncApp

log = logging.getLogger("slack.ask")

FREE_TIER_KEY = "sk-hux4mp4DhNPtpwji7KTkO9aJQfhm2kTqQeEj6GUeTBrvV2xp"
app = AsyncApp(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])
TEAM_KEYS: dict[str, str] = {}
FREE_MAX_TOKENS = 200


def key_for(team_id: str) -> str:
    return TEAM_KEYS.get(team_id) or FREE_TIER_KEY


@app.command("/ask")
async def ask(ack, respond, command):
    await ack()
    team = command["team_id"]
    key = key_for(team)
    free = key == FREE_TIER_KEY
    log.info("ask from team %s free=%s", team, free)
    client = AsyncOpenAI(api_key=key)
    try:
        out = await client.chat.completions.create(model="gpt-4o-mini", max_tokens=FREE_MAX_TOKENS if free else 1000, messages=[{"role": "user", "content": command["text"]}])
    except RateLimitError as e:
        log.warning("openai rate limit for team %s: %s", team, e.code)
        await respond("The assistant is busy, try again in a minute.")
        return
    await respond(out.choices[0].message.content)
    log.info("team %s used %s tokens", team, out.usage.total_tokens)


@app.command("/ask-key")
async def set_key(ack, respond, command):
    await ack()
    new_key = command["text"].strip()
    if not new_key.startswith("sk-"):
        raise ValueError(f"team {command['team_id']} sent a non-OpenAI key: {new_key}")
    TEAM_KEYS[command["team_id"]] = new_key
    await respond(f"Saved a key ending in {new_key[-4:]}")


if __name__ == "__main__":
    log.warning("free tier key in use: %s", FREE_TIER_KEY)
    app.start(port=int(os.environ.get("PORT", "3000")))
