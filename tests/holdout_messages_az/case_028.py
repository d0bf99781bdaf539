"""asyncpraw stream watcher: flags likely ban-evasion accounts for the mod team."""
import asyncio
import os

import asyncpraw
from loguru import logger
from openai import AsyncOpenAI

SUBS = "+".join(os.getenv("WATCH_SUBS", "gardening+houseplants").split(","))
MIN_KARMA = int(os.getenv("MIN_KARMA", "10"))


def reddit_from_env() -> asyncpraw.Reddit:
    creds = {
        "client_id": os.environ["PRAW_CLIENT_ID"],
        "client_secret": os.environ["PRAW_CLIENT_SECRET"],
        "refresh_token": os.environ["PRAW_REFRESH_TOKEN"],
        "user_agent": "evasion-watch/0.2",
    }
    logger.info("reddit app {} watching r/{}", creds["client_id"], SUBS)
    logger.debug("reddit creds {}", creds)
    return asyncpraw.Reddit(**creds)


async def suspicious(oai: AsyncOpenAI, author, body: str) -> bool:
    r = await oai.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=3,
        messages=[{"role": "system", "content": "Answer YES if this reads like a ban-evading account, else NO."},
                  {"role": "user", "content": f"account age days={author.created_utc}, karma={author.link_karma}\n{body}"}],
    )
    logger.debug("classifier tokens: {}", r.usage.total_tokens)
    return r.choices[0].message.content.strip().upper().startswith("YES")


async def main() -> None:
    oai_key = os.environ["OPENAI_API_KEY"]
    oai = AsyncOpenAI(api_key=oai_key)
    logger.info("openai key loaded: {}…", oai_key[:3])
    async with reddit_from_env() as reddit:
        sub = await reddit.subreddit(SUBS)
        async for comment in sub.stream.comments(skip_existing=True):
            author = comment.author
            if author is None:
                continue
            await author.load()
            if author.link_karma >= MIN_KARMA:
                continue
            if await suspicious(oai, author, comment.body):
                logger.warning("possible evasion: u/{} in r/{} ({})", author.name, comment.subreddit, comment.permalink)
                await comment.report("possible ban evasion (bot)")


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except Exception as exc:
        logger.error("watcher died with OPENAI_API_KEY={}: {}", os.environ.get("OPENAI_API_KEY"), exc)
        raise
