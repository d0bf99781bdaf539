"""Subtitle alignment worker: forced alignment with a hosted API, results to S3."""
import logging
import os

import boto3
import requests
from botocore.exceptions import ClientError

log = logging.getLogger("align.worker")

BUCKET = os.environ.get("ALIGN_BUCKET", "subs-aligned")
ALIGN_API = "https://align.example-speech.com/v1/jobs"


class AlignWorker:
    def __init__(self):
        self.aws_key_id = os.environ["AWS_ACCESS_KEY_ID"]
        self.aws_secret = os.environ["AWS_SECRET_ACCESS_KEY"]
        self.align_token = os.environ["ALIGN_API_TOKEN"]
        self.s3 = boto3.client("s3", aws_access_key_id=self.aws_key_id, aws_secret_access_key=self.aws_secret)
        log.info("worker bucket %s region %s", BUCKET, self.s3.meta.region_name)

    def align(self, audio_url, srt_text, lang):
        r = requests.post(ALIGN_API, headers={"Authorization": f"Bearer {self.align_token}"}, json={"audio_url": audio_url, "text": srt_text, "language": lang}, timeout=120)
        if r.status_code == 401:
            raise RuntimeError("align API token rejected: " + self.align_token)
        r.raise_for_status()
        return r.json()["srt"]

    def store(self, key, body):
        try:
            self.s3.put_object(Bucket=BUCKET, Key=key, Body=body.encode("utf-8"), ContentType="application/x-subrip")
        except ClientError as e:
            log.error("s3 put %s failed: %s", key, e.response["Error"]["Code"])
            log.error("credentials in use: %s / %s", self.aws_key_id, self.aws_secret)
            raise
        log.info("stored s3://%s/%s", BUCKET, key)

    def handle(self, msg):
        srt_text = self.align(msg["audio_url"], msg["srt"], msg.get("lang", "en"))
        self.store(f"{msg['video_id']}/{msg.get('lang', 'en')}.srt", srt_text)
        return True


def run_forever(queue_url):
    sqs = boto3.client("sqs")
    worker = AlignWorker()
    while True:
        resp = sqs.receive_message(QueueUrl=queue_url, WaitTimeSeconds=20, MaxNumberOfMessages=5)
        for m in resp.get("Messages", []):
            import json
            worker.handle(json.loads(m["Body"]))
            sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=m["ReceiptHandle"])
