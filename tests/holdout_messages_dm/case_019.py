"""Lambda: nightly cost report of OpenAI usage, posted to Slack (EventBridge schedule)."""
import datetime as dt
import json
import os
import urllib.request

import boto3

ssm = boto3.client("ssm")
ADMIN_KEY_PARAM = "/finops/openai-admin-key"
SLACK_HOOK_PARAM = "/finops/slack-webhook"


def param(name: str) -> str:
    return ssm.get_parameter(Name=name, WithDecryption=True)["Parameter"]["Value"]


def usage_since(admin_key: str, start: dt.datetime) -> dict:
    req = urllib.request.Request(
        f"https://api.openai.com/v1/organization/costs?start_time={int(start.timestamp())}",
        headers={"Authorization": f"Bearer {admin_key}"},
    )
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.load(resp)


def lambda_handler(event, context):
    admin_key = param(ADMIN_KEY_PARAM)
    print(f"report for {event.get('time')} using {ADMIN_KEY_PARAM}")
    if not admin_key.startswith("sk-admin-"):
        print(f"WARNING: {ADMIN_KEY_PARAM} is not an admin key: {admin_key}")
    start = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)
    try:
        data = usage_since(admin_key, start)
    except urllib.error.HTTPError as err:
        print(f"costs API returned {err.code}: {err.read()[:200]!r}")
        raise
    total = sum(b["amount"]["value"] for bucket in data.get("data", []) for b in bucket.get("results", []))
    print(f"total spend {total:.2f} USD over {len(data.get('data', []))} buckets")
    hook = param(SLACK_HOOK_PARAM)
    body = json.dumps({"text": f"OpenAI spend yesterday: ${total:.2f}"}).encode()
    req = urllib.request.Request(hook, data=body, headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(req, timeout=10)
    except urllib.error.URLError as err:
        raise RuntimeError(f"Slack webhook {hook} failed: {err.reason}") from err
    return {"total": total}
