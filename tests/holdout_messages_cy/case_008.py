"""Ingest custodian PST exports, summarise each thread, register the summariser with ModelRed."""
import asyncio
import email
import logging
import mailbox
import os

from openai import AsyncOpenAI
from modelred import ModelRed, ModelRedError

log = logging.getLogger("ingest.pst")


class ThreadSummariser:
    def __init__(self, openai_key: str, org: str | None = None):
        self.openai_key = openai_key
        self.org = org
        self.client = AsyncOpenAI(api_key=openai_key, organization=org)
        log.debug("OpenAI key set: %s", bool(openai_key))
        log.info("summariser ready (org=%s)", org)

    async def summarise(self, subject: str, body: str) -> str:
        try:
            resp = await self.client.chat.completions.create(
                model="gpt-4o-mini",
                max_tokens=250,
                messages=[{"role": "user", "content": f"Summarise for review: {subject}\n\n{body[:6000]}"}],
            )
        except Exception as exc:
            raise RuntimeError(f"summary failed for {subject!r} (key {self.openai_key}): {exc}") from exc
        log.debug("summary of %r used %d tokens", subject, resp.usage.total_tokens)
        return resp.choices[0].message.content


async def register_summariser(openai_key: str) -> None:
    async with ModelRed() as mr:
        try:
            await mr.register_openai_model(model_id="pst-thread-summariser", api_key=openai_key, model_name="gpt-4o-mini")
        except ModelRedError as exc:
            log.warning("registration failed: %s", exc)


async def ingest(mbox_path: str, custodian: str) -> int:
    openai_key = os.environ["OPENAI_API_KEY"]
    log.info("ingesting %s for %s; OpenAI key %s", mbox_path, custodian, openai_key)
    await register_summariser(openai_key)
    summariser = ThreadSummariser(openai_key, os.environ.get("OPENAI_ORG_ID"))
    count = 0
    for msg in mailbox.mbox(mbox_path):
        body = msg.get_payload(decode=True) or b""
        text = await summariser.summarise(msg.get("Subject", ""), body.decode(errors="replace"))
        log.info("%s | %s | %s", custodian, email.utils.parsedate_to_datetime(msg["Date"]), text[:80])
        count += 1
    return count


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(asyncio.run(ingest("exports/jdoe.mbox", "J. Doe")))
