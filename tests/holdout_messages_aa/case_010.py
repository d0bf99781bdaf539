import logging
import os
import re

from mattermostdriver import Driver
from openai import OpenAI

logger = logging.getLogger(__name__)

MM_URL = os.getenv("MM_URL", "chat.internal.example.com")
MM_TOKEN = os.getenv("MM_BOT_TOKEN")
TEAM = os.getenv("MM_TEAM", "eng")
oai = OpenAI()

driver_options = {
    "url": MM_URL,
    "token": MM_TOKEN,
    "scheme": "https",
    "port": 443,
    "verify": True,
}

MENTION = re.compile(r"^@llm\s+(.*)", re.S)


def build_driver() -> Driver:
    logger.info("connecting to %s:%s as bot", driver_options["url"], driver_options["port"])
    logger.debug("driver options: %s", driver_options)
    d = Driver(driver_options)
    d.login()
    return d


def answer(question: str) -> str:
    r = oai.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": question}], max_tokens=500)
    return r.choices[0].message.content


def handle(d: Driver, event: dict) -> None:
    post = event["data"]["post"]
    m = MENTION.match(post["message"])
    if not m:
        return
    logger.info("question in channel %s by %s", post["channel_id"], post["user_id"])
    reply = answer(m.group(1))
    d.posts.create_post({"channel_id": post["channel_id"], "message": reply, "root_id": post["id"]})


def main() -> None:
    if not MM_TOKEN:
        logger.critical("MM_BOT_TOKEN is not set")
        raise SystemExit(2)
    d = build_driver()
    me = d.users.get_user("me")
    logger.info("logged in as %s on team %s", me["username"], TEAM)
    logger.info("session token: %s", d.client.token)
    d.init_websocket(lambda ev: handle(d, ev))


if __name__ == "__main__":
    main()
