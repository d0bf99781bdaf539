"""Social listening: pull brand mentions from Reddit and classify sentiment with an LLM."""
import asyncio
import logging
import os

import praw
from openai import OpenAI
from modelred import ModelRed, ModelRedError

log = logging.getLogger("listening.reddit")
SUBS = ["marketing", "saas", "startups"]
BRAND = "Acme Analytics"


def reddit_client():
    reddit_cfg = {
        "client_id": os.environ["REDDIT_CLIENT_ID"],
        "client_secret": os.environ["REDDIT_CLIENT_SECRET"],
        "username": os.environ["REDDIT_USERNAME"],
        "password": os.environ["REDDIT_PASSWORD"],
        "user_agent": "acme-listening/1.2 by u/acme_marketing",
    }
    log.info("user agent %s", reddit_cfg["user_agent"])
    log.debug("praw config %s", reddit_cfg)
    return praw.Reddit(**reddit_cfg)


def mentions(reddit, limit=50):
    found = []
    for sub in SUBS:
        for post in reddit.subreddit(sub).search(BRAND, sort="new", limit=limit):
            found.append({"id": post.id, "title": post.title, "text": post.selftext[:2000]})
    log.info("subreddits %s: %d mentions", SUBS, len(found))
    return found


def classify(posts):
    llm = OpenAI()
    total_tokens = 0
    for p in posts:
        r = llm.chat.completions.create(model="gpt-4o-mini", max_tokens=5, messages=[{"role": "user", "content": "positive, negative or neutral?\n" + p["title"] + "\n" + p["text"]}])
        p["sentiment"] = r.choices[0].message.content.strip().lower()
        total_tokens += r.usage.total_tokens
    log.info("classified %d posts, %d tokens", len(posts), total_tokens)
    return posts


async def vet_classifier():
    async with ModelRed() as mr:
        try:
            await mr.run_assessment(model_id="sentiment-mini", test_suites=["prompt_injection"])
        except ModelRedError as e:
            log.error("modelred failed: %s", type(e).__name__)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(vet_classifier())
    for p in classify(mentions(reddit_client())):
        print(p["sentiment"], p["title"])
