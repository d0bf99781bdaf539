"""Async MARC enrichment: summary (520) and genre terms (655) drafted by Claude."""
import asyncio
import logging
import os

import pymarc
from anthropic import AsyncAnthropic

logger = logging.getLogger("marc.enrich")


class MarcEnricher:
    def __init__(self, api_key: str | None = None, concurrency: int = 4):
        self.api_key = api_key or os.environ["ANTHROPIC_API_KEY"]
        self.client = AsyncAnthropic(api_key=self.api_key)
        self.sem = asyncio.Semaphore(concurrency)
        self.max_tokens = 400
        logger.info("enricher: concurrency=%d max_tokens=%d key_len=%d", concurrency, self.max_tokens, len(self.api_key))

    async def summarise(self, record: pymarc.Record) -> str:
        title = record.title or ""
        notes = " ".join(f.value() for f in record.get_fields("500", "505"))
        async with self.sem:
            try:
                msg = await self.client.messages.create(
                    model="claude-3-5-sonnet-latest",
                    max_tokens=self.max_tokens,
                    messages=[{"role": "user", "content": f"Write a neutral 520 summary for: {title}. Notes: {notes}"}],
                )
            except Exception as exc:
                logger.error("summary failed for %s: %s (key %s)", record["001"].value(), exc, self.api_key)
                return ""
        logger.debug("summary tokens in=%s out=%s", msg.usage.input_tokens, msg.usage.output_tokens)
        return msg.content[0].text.strip()

    async def enrich_file(self, path: str, out_path: str) -> int:
        with open(path, "rb") as fh:
            records = [r for r in pymarc.MARCReader(fh) if r is not None]
        summaries = await asyncio.gather(*(self.summarise(r) for r in records))
        done = 0
        with open(out_path, "wb") as out:
            for rec, text in zip(records, summaries):
                if text:
                    rec.add_field(pymarc.Field(tag="520", indicators=[" ", " "], subfields=[pymarc.Subfield("a", text)]))
                    done += 1
                out.write(rec.as_marc())
        return done


async def main(path: str) -> None:
    key = os.environ.get("ANTHROPIC_API_KEY")
    if key and not key.startswith("sk-ant-"):
        raise SystemExit("ANTHROPIC_API_KEY does not look like an Anthropic key")
    enricher = MarcEnricher(key)
    n = await enricher.enrich_file(path, path.replace(".mrc", ".enriched.mrc"))
    logger.info("%d records enriched", n)


if __name__ == "__main__":
    import sys
    asyncio.run(main(sys.argv[1]))
