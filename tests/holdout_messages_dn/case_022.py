import os
import requests
from modelred import ModelRed, ModelRedError, NotAllowedForApiKey, Forbidden

# admin script: list our assessments and post a summary to slack
KEY = os.environ["MODELRED_API_KEY"]
SLACK_HOOK = os.environ.get("SLACK_WEBHOOK_URL")
DEBUG = os.environ.get("DEBUG") == "1"


def get_stuff(limit=20):
    with ModelRed(KEY, max_retries=1) as c:
        return c.list_assessments(limit=limit)


def summary(items):
    lines = []
    for a in items.get("data", []):
        lines.append(f"{a.get('id')} {a.get('status')} {a.get('model_id')}")
    return "\n".join(lines) or "no assessments"


def post(text):
    if not SLACK_HOOK:
        print("no slack hook, printing instead:\n" + text)
        return
    r = requests.post(SLACK_HOOK, json={"text": text})
    print("slack", r.status_code)
    if DEBUG:
        print("posted to", SLACK_HOOK)


def run():
    try:
        items = get_stuff()
    except (NotAllowedForApiKey, Forbidden) as e:
        print("this key cannot list assessments:", type(e).__name__)
        return "forbidden"
    except ModelRedError as e:
        return f"could not list: {e}"
    post(summary(items))
    return "ok"


if __name__ == "__main__":
    if DEBUG:
        print("DEBUG on; key prefix", KEY[:3], "hook set", SLACK_HOOK is not None)
    result = run()
    print("result:", result)
