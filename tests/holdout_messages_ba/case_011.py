"""Amazon Connect: push post-call summaries into contact attributes from a Kinesis stream of CTRs."""
import base64
import json
import logging
import os

import boto3
import requests

log = logging.getLogger("ctr.summary")
connect = boto3.client("connect", region_name=os.environ.get("AWS_REGION", "eu-west-2"))

INSTANCE_ID = os.environ["CONNECT_INSTANCE_ID"]
SUMMARY_URL = os.environ.get("SUMMARY_URL", "https://summary.internal/v1/summarise")


def _summary_token() -> str:
    token = os.environ.get("SUMMARY_SERVICE_TOKEN")
    if token is None:
        raise EnvironmentError("SUMMARY_SERVICE_TOKEN is not set")
    if len(token) < 20:
        raise EnvironmentError(f"SUMMARY_SERVICE_TOKEN looks truncated: {token}")
    return token


def summarise(contact_id: str, transcript: str) -> str:
    token = _summary_token()
    resp = requests.post(
        SUMMARY_URL,
        json={"contact_id": contact_id, "text": transcript, "max_tokens": 200},
        headers={"Authorization": f"Bearer {token}"},
        timeout=8,
    )
    if not resp.ok:
        raise RuntimeError(f"summary service {resp.status_code} for {contact_id}: {resp.text[:300]}")
    data = resp.json()
    log.info("summary for %s: %d prompt / %d completion tokens", contact_id, data["usage"]["prompt_tokens"], data["usage"]["completion_tokens"])
    return data["summary"]


def handler(event, context):
    done = 0
    for record in event["Records"]:
        ctr = json.loads(base64.b64decode(record["kinesis"]["data"]))
        contact_id = ctr["ContactId"]
        transcript = ctr.get("Attributes", {}).get("transcript", "")
        if not transcript:
            continue
        summary = summarise(contact_id, transcript)
        connect.update_contact_attributes(
            InitialContactId=contact_id,
            InstanceId=INSTANCE_ID,
            Attributes={"summary": summary[:1024]},
        )
        done += 1
    log.info("updated %d contacts on instance %s", done, INSTANCE_ID)
    return {"updated": done}
