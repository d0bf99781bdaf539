"""Stem-separation worker: SQS job in, Demucs + LLM-written liner notes out."""
import json
import logging
import subprocess

import boto3
from anthropic import Anthropic

log = logging.getLogger("stems.worker")
sm = boto3.client("secretsmanager", region_name="eu-central-1")
sqs = boto3.client("sqs", region_name="eu-central-1")
QUEUE_URL = "https://sqs.eu-central-1.amazonaws.com/123456789012/stem-jobs"
SECRET_ID = "stems/prod/anthropic"


def anthropic_key() -> str:
    resp = sm.get_secret_value(SecretId=SECRET_ID)
    log.info("secret %s version %s fetched", SECRET_ID, resp["VersionId"])
    return json.loads(resp["SecretString"])["api_key"]


def liner_notes(client: Anthropic, title: str, stems: list[str]) -> str:
    msg = client.messages.create(
        model="claude-3-5-haiku-latest", max_tokens=300,
        messages=[{"role": "user", "content": f"Write short liner notes for '{title}' with stems {stems}."}])
    log.info("notes for %s: %d output tokens", title, msg.usage.output_tokens)
    return msg.content[0].text


def handle(job: dict, client: Anthropic) -> None:
    src = job["input_path"]
    subprocess.run(["demucs", "-n", "htdemucs", "-o", "/tmp/stems", src], check=True)
    stems = ["drums", "bass", "vocals", "other"]
    notes = liner_notes(client, job["title"], stems)
    log.info("job %s done, %d chars of notes", job["id"], len(notes))


def main() -> None:
    key = anthropic_key()
    client = Anthropic(api_key=key)
    log.debug("anthropic client built with %s", key)
    while True:
        out = sqs.receive_message(QueueUrl=QUEUE_URL, MaxNumberOfMessages=1, WaitTimeSeconds=20)
        for m in out.get("Messages", []):
            job = json.loads(m["Body"])
            try:
                handle(job, client)
            except Exception as exc:
                log.error("job %s failed: %s", job.get("id"), exc)
                log.error("worker context: secret=%s key=%s", SECRET_ID, key)
                continue
            sqs.delete_message(QueueUrl=QUEUE_URL, ReceiptHandle=m["ReceiptHandle"])


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
