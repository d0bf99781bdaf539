"""Bank statement OCR + LLM categorisation, async worker pulling from SQS."""
import asyncio
import json
import logging
import os

import aioboto3
from openai import AsyncOpenAI

log = logging.getLogger("statements.worker")

QUEUE_URL = os.environ["STATEMENT_QUEUE_URL"]
REGION = os.environ.get("AWS_REGION", "us-east-1")
AWS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]
AWS_SECRET = os.environ["AWS_SECRET_ACCESS_KEY"]


class StatementWorker:
    def __init__(self) -> None:
        self.openai = AsyncOpenAI(api_key=os.environ["OPENAI_API_KEY"])
        self.session = aioboto3.Session(aws_access_key_id=AWS_KEY_ID, aws_secret_access_key=AWS_SECRET, region_name=REGION)
        self.processed = 0

    async def categorise(self, lines: list) -> list:
        resp = await self.openai.chat.completions.create(
            model="gpt-4o-mini", max_tokens=400, response_format={"type": "json_object"},
            messages=[{"role": "user", "content": "Categorise these transactions as JSON: " + json.dumps(lines)}],
        )
        log.debug("categorise usage prompt=%s completion=%s", resp.usage.prompt_tokens, resp.usage.completion_tokens)
        return json.loads(resp.choices[0].message.content)["items"]

    async def run(self) -> None:
        log.info("worker up region=%s access_key_id=%s queue=%s", REGION, AWS_KEY_ID, QUEUE_URL)
        async with self.session.client("sqs") as sqs:
            while True:
                msgs = await sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=5, WaitTimeSeconds=20)
                for m in msgs.get("Messages", []):
                    body = json.loads(m["Body"])
                    items = await self.categorise(body["lines"])
                    self.processed += 1
                    log.info("statement %s -> %d categorised", body["statement_id"], len(items))
                    await sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=m["ReceiptHandle"])


def check_credentials() -> None:
    if not AWS_SECRET.strip():
        raise ValueError(f"AWS secret empty: {AWS_SECRET!r}")
    if len(AWS_SECRET) != 40:
        log.error("AWS secret malformed (len %d): %s", len(AWS_SECRET), AWS_SECRET)
        raise ValueError(f"AWS_SECRET_ACCESS_KEY malformed: {AWS_SECRET}")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    check_credentials()
    asyncio.run(StatementWorker().run())
