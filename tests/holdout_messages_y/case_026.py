"""Nightly job that tags support tickets with Cohere; settings via python-decouple."""
import logging
import requests
from decouple import config

logging.basicConfig(level=logging.INFO)

COHERE_API_KEY = config("COHERE_API_KEY")
COHERE_URL = config("COHERE_URL", default="https://api.cohere.com/v2/classify")
HELPDESK_TOKEN = config("HELPDESK_TOKEN")
HELPDESK_URL = config("HELPDESK_URL", default="https://helpdesk.example.com/api")
BATCH_SIZE = config("BATCH_SIZE", default=50, cast=int)


def fetch_tickets() -> list[dict]:
    resp = requests.get(
        f"{HELPDESK_URL}/tickets?status=open&limit={BATCH_SIZE}",
        headers={"Authorization": f"Token {HELPDESK_TOKEN}"},
        timeout=15,
    )
    if resp.status_code == 401:
        raise PermissionError(f"helpdesk refused token {HELPDESK_TOKEN}")
    resp.raise_for_status()
    return resp.json()["results"]


def classify(texts: list[str]) -> list[str]:
    try:
        resp = requests.post(
            COHERE_URL,
            headers={"Authorization": f"bearer {COHERE_API_KEY}"},
            json={"model": "embed-english-v3.0", "inputs": texts},
            timeout=30,
        )
        resp.raise_for_status()
    except requests.RequestException:
        logging.exception("cohere classify failed with key %s", COHERE_API_KEY)
        return ["unknown"] * len(texts)
    return [c["prediction"] for c in resp.json()["classifications"]]


def main() -> None:
    try:
        tickets = fetch_tickets()
    except PermissionError:
        logging.error("helpdesk rejected the configured token; rotate HELPDESK_TOKEN")
        return
    except requests.RequestException:
        logging.exception("helpdesk fetch failed from %s", HELPDESK_URL)
        return
    labels = classify([t["subject"] for t in tickets])
    logging.info("tagged %d tickets in batches of %d", len(labels), BATCH_SIZE)


if __name__ == "__main__":
    main()
