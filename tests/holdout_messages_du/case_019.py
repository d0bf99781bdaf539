"""Temporal worker: document classification activities backed by Gemini."""
import asyncio
import logging

import google.generativeai as genai
from google.cloud import secretmanager
from temporalio import activity
from temporalio.client import Client
from temporalio.worker import Worker

PROJECT = "acme-docs-prod"
SECRET_NAME = f"projects/{PROJECT}/secrets/gemini-api-key/versions/latest"
log = logging.getLogger("docs.worker")


def gemini_key() -> str:
    sm = secretmanager.SecretManagerServiceClient()
    return sm.access_secret_version(name=SECRET_NAME).payload.data.decode("utf-8")


class ClassifyActivities:
    def __init__(self):
        self.key = gemini_key()
        genai.configure(api_key=self.key)
        self.model = genai.GenerativeModel("gemini-1.5-pro")
        log.info("loaded Gemini key from %s", SECRET_NAME)

    @activity.defn(name="classify_document")
    async def classify(self, doc_id: str, text: str) -> str:
        activity.heartbeat(doc_id)
        try:
            resp = await self.model.generate_content_async(f"Classify as invoice, contract or letter:\n{text}")
        except Exception as exc:
            if "API_KEY_INVALID" in str(exc):
                activity.logger.error("Gemini key %s invalid for %s", self.key, doc_id)
            raise
        activity.logger.info("%s: %s (%d tokens)", doc_id, resp.text.strip(), resp.usage_metadata.total_token_count)
        return resp.text.strip().lower()

    @activity.defn(name="key_fingerprint")
    async def key_fingerprint(self) -> str:
        return f"{self.key[:4]}...{self.key[-4:]}"


async def main():
    client = await Client.connect("temporal:7233", namespace="docs")
    acts = ClassifyActivities()
    log.warning("starting worker with Gemini key %s", acts.key)
    worker = Worker(client, task_queue="classify", activities=[acts.classify, acts.key_fingerprint])
    log.info("worker on task queue %s, project %s", "classify", PROJECT)
    await worker.run()


if __name__ == "__main__":
    asyncio.run(main())
