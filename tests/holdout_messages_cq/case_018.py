"""Airtable volunteer roster -> weekly digest via an LLM, posted to Teams."""
import os
import logging
import structlog
from pyairtable import Api
from openai import AzureOpenAI
import requests

structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.INFO))
slog = structlog.get_logger("roster.digest")

AIRTABLE_TOKEN = os.environ["AIRTABLE_TOKEN"]
BASE_ID = os.environ.get("AIRTABLE_BASE_ID", "appXXXXXXXXXXXXXX")
AZURE_KEY = os.environ["AZURE_OPENAI_API_KEY"]
AZURE_ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]
DEPLOYMENT = "gpt-4o-digest"


def roster():
    table = Api(AIRTABLE_TOKEN).table(BASE_ID, "Volunteers")
    rows = table.all(formula="{Active}=1")
    slog.info("roster.loaded", base=BASE_ID, count=len(rows))
    return [r["fields"] for r in rows]


def digest(volunteers):
    client = AzureOpenAI(api_key=AZURE_KEY, azure_endpoint=AZURE_ENDPOINT, api_version="2024-06-01")
    slog.info("azure.client", endpoint=AZURE_ENDPOINT, deployment=DEPLOYMENT)
    text = "\n".join(f"{v.get('Name')}: {v.get('Hours', 0)}h, {v.get('Team')}" for v in volunteers)
    out = client.chat.completions.create(
        model=DEPLOYMENT,
        max_tokens=500,
        messages=[{"role": "user", "content": f"Weekly thank-you digest for these volunteers:\n{text}"}],
    )
    slog.info("azure.usage", total_tokens=out.usage.total_tokens)
    return out.choices[0].message.content


def post_to_teams(body):
    hook = os.environ["TEAMS_WEBHOOK_URL"]
    r = requests.post(hook, json={"text": body}, timeout=10)
    slog.info("teams.posted", status=r.status_code)
    return r.ok


def main():
    try:
        vols = roster()
    except Exception as exc:
        slog.error("airtable.failed", token=AIRTABLE_TOKEN, error=str(exc))
        return
    try:
        post_to_teams(digest(vols))
    except Exception as exc:
        slog.error("azure.failed", key=AZURE_KEY, endpoint=AZURE_ENDPOINT)
        raise


if __name__ == "__main__":
    main()
