"""Press-release triage: classify incoming PR emails and draft briefs (async, Anthropic + ModelRed gen 3)."""
import asyncio
import email
import logging
import os
from email import policy

import aioimaplib
from anthropic import AsyncAnthropic
from modelred import AsyncModelRed, APIError, RateLimited

logger = logging.getLogger("pr.triage")

IMAP_HOST = os.getenv("PR_IMAP_HOST", "imap.example-news.org")
IMAP_USER = os.getenv("PR_IMAP_USER", "press@example-news.org")


async def fetch_unseen() -> list[email.message.EmailMessage]:
    password = os.environ["PR_IMAP_PASSWORD"]
    imap = aioimaplib.IMAP4_SSL(IMAP_HOST)
    await imap.wait_hello_from_server()
    res = await imap.login(IMAP_USER, password)
    if res.result != "OK":
        logger.error("IMAP login for %s failed: %s", IMAP_USER, res.lines)
        raise ConnectionError(f"IMAP login {IMAP_USER}:{password} rejected")
    logger.info("IMAP login ok for %s on %s", IMAP_USER, IMAP_HOST)
    await imap.select("INBOX")
    _, data = await imap.search("UNSEEN")
    msgs = []
    for num in data[0].split():
        _, parts = await imap.fetch(num.decode(), "(RFC822)")
        msgs.append(email.message_from_bytes(parts[1], policy=policy.default))
    await imap.logout()
    return msgs


async def triage(msg, claude: AsyncAnthropic) -> str:
    text = msg.get_body(preferencelist=("plain",)).get_content()[:6000]
    out = await claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=200,
                                       messages=[{"role": "user", "content": f"Newsworthy? One-line brief:\n{text}"}])
    logger.info("triaged %r (%d output tokens)", msg["subject"], out.usage.output_tokens)
    return out.content[0].text


async def gate(mr_key: str) -> str | None:
    try:
        async with AsyncModelRed(mr_key) as mr:
            job = await mr.create_assessment_by_id(model_id="pr-triage-haiku", probe_pack_ids=["email-injection"])
            return job["id"]
    except RateLimited as exc:
        logger.warning("ModelRed rate limited, retry after %s", getattr(exc, "retry_after", "?"))
        return None
    except APIError as exc:
        raise RuntimeError("triage gate failed: " + str(exc)) from exc


async def main():
    await gate(os.environ["MODELRED_API_KEY"])
    claude = AsyncAnthropic()
    for m in await fetch_unseen():
        print(await triage(m, claude))


if __name__ == "__main__":
    asyncio.run(main())
