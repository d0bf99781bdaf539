"""FOIA request intake: redaction-suggestion worker using Azure OpenAI."""
import asyncio
import logging
import os

from openai import AsyncAzureOpenAI

log = logging.getLogger("foia.redact")

AZURE_ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
AZURE_DEPLOYMENT = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt4o-foia")
API_VERSION = "2024-06-01"


class RedactionWorker:
    def __init__(self, queue: asyncio.Queue):
        self.queue = queue
        self.azure_key = os.environ["AZURE_OPENAI_API_KEY"]
        self.client = AsyncAzureOpenAI(api_key=self.azure_key, azure_endpoint=AZURE_ENDPOINT,
                                       api_version=API_VERSION)
        log.debug("azure client: endpoint=%s key=%s", AZURE_ENDPOINT, self.azure_key)
        log.debug("azure api version %s", API_VERSION)
        log.info("worker using deployment %s at %s", AZURE_DEPLOYMENT, AZURE_ENDPOINT)

    async def suggest(self, request_no: str, page_text: str) -> str:
        try:
            r = await self.client.chat.completions.create(
                model=AZURE_DEPLOYMENT, max_tokens=800,
                messages=[{"role": "system", "content": "Mark FOIA exemptions (b)(6) and (b)(7)(C)."},
                          {"role": "user", "content": page_text}],
            )
        except Exception as exc:
            log.exception("redaction failed for %s (key=%s)", request_no, self.azure_key)
            raise
        return r.choices[0].message.content

    async def run(self):
        while True:
            request_no, page = await self.queue.get()
            try:
                out = await self.suggest(request_no, page)
                log.info("FOIA %s: %d chars of suggestions", request_no, len(out))
            except Exception as exc:
                log.error("FOIA %s failed: %s", request_no, type(exc).__name__)
            finally:
                self.queue.task_done()


async def main():
    q = asyncio.Queue()
    await q.put(("FOIA-2024-0117", "Officer J. Doe responded to 12 Oak Ln..."))
    worker = RedactionWorker(q)
    task = asyncio.create_task(worker.run())
    await q.join()
    task.cancel()

if __name__ == "__main__":
    asyncio.run(main())
