"""Async RSS-to-newsletter digest: summarises feeds with Groq and sends through Mailgun."""
import asyncio
import logging
import os

import feedparser
import httpx
from groq import AsyncGroq

logger = logging.getLogger("digest")

MAILGUN_DOMAIN = os.environ.get("MAILGUN_DOMAIN", "mg.example.org")
FEEDS = {"politics": "https://example.org/politics/rss", "culture": "https://example.org/culture/rss"}


async def summarise(groq, section, entries):
    text = "\n".join(f"- {e.title}: {e.get('summary', '')[:300]}" for e in entries[:10])
    r = await groq.chat.completions.create(model="llama-3.1-8b-instant", max_tokens=500,
                                           messages=[{"role": "user", "content": f"Digest for {section}:\n{text}"}])
    logger.info("%s digest: %d tokens", section, r.usage.total_tokens)
    return r.choices[0].message.content


async def send(html, mailgun_key):
    async with httpx.AsyncClient(auth=("api", mailgun_key), timeout=30) as http:
        r = await http.post(f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
                            data={"from": f"Digest <digest@{MAILGUN_DOMAIN}>", "to": "subscribers@example.org",
                                  "subject": "Your morning digest", "html": html})
    if r.status_code == 401:
        raise PermissionError(f"mailgun rejected api:{mailgun_key} on {MAILGUN_DOMAIN}")
    logger.info("mailgun %s: %s", r.status_code, r.json().get("id"))
    return r.json().get("id")


async def main():
    groq_key = os.environ["GROQ_API_KEY"]
    mailgun_key = os.environ["MAILGUN_API_KEY"]
    groq = AsyncGroq(api_key=groq_key)
    parts = []
    for section, url in FEEDS.items():
        feed = feedparser.parse(url)
        if feed.bozo:
            logger.warning("feed %s malformed: %s", url, feed.bozo_exception)
            continue
        parts.append(f"<h2>{section.title()}</h2><p>{await summarise(groq, section, feed.entries)}</p>")
    if not parts:
        logger.error("nothing to send; groq key=%s mailgun domain=%s", groq_key, MAILGUN_DOMAIN)
        return
    await send("".join(parts), mailgun_key)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main())
