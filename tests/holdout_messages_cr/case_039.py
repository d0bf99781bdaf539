"""Noise-complaint responder for the airport community office: ticket system + LLM reply drafts."""
import logging
import os
import sys

import requests

noise_log = logging.getLogger("noise.responder")

ZENDESK = os.getenv("ZENDESK_URL", "https://airport-community.zendesk.com")
ZD_EMAIL = os.getenv("ZENDESK_EMAIL", "noise-office@airport.example")
TOKEN_SETTING = "ZENDESK_API_TOKEN"


def zd_auth():
    token = os.getenv(TOKEN_SETTING, "")
    return (f"{ZD_EMAIL}/token", token)


def open_tickets():
    auth = zd_auth()
    r = requests.get(f"{ZENDESK}/api/v2/search.json", params={"query": "type:ticket status:open tags:noise"}, auth=auth, timeout=20)
    if r.status_code == 401:
        noise_log.error("zendesk auth failed for %s using %s", ZD_EMAIL, TOKEN_SETTING)
        print(f"zendesk rejected credentials {auth}", file=sys.stderr)
        return []
    r.raise_for_status()
    return r.json().get("results", [])


def draft_reply(ticket: dict, mistral_key: str) -> str:
    r = requests.post(
        "https://api.mistral.ai/v1/chat/completions",
        headers={"Authorization": f"Bearer {mistral_key}"},
        json={
            "model": "mistral-small-latest",
            "max_tokens": 300,
            "messages": [{"role": "user", "content": f"Polite reply about aircraft noise: {ticket['description'][:2000]}"}],
        },
        timeout=30,
    )
    if r.status_code != 200:
        noise_log.warning("mistral %s for ticket %s", r.status_code, ticket["id"])
        return ""
    return r.json()["choices"][0]["message"]["content"]


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    mkey = os.environ.get("MISTRAL_API_KEY", "")
    noise_log.info("mistral key %s", mkey)
    for t in open_tickets():
        print(t["id"], draft_reply(t, mkey)[:120])
