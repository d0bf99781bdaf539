"""Rollbar wiring for the summarisation service, with a payload handler."""
import logging
import os

import rollbar
from rollbar.logger import RollbarHandler

log = logging.getLogger("summarise")

SENSITIVE_FIELDS = ("api_key", "authorization", "openai_key")


def scrub_payload(payload: dict, **kw) -> dict:
    body = payload.get("data", {}).get("custom", {})
    for field in SENSITIVE_FIELDS:
        if field in body:
            body[field] = "***"
    return payload


def init() -> None:
    token = os.environ.get("ROLLBAR_SERVER_TOKEN")
    if not token:
        raise RuntimeError(f"ROLLBAR_SERVER_TOKEN is empty ({token!r})")
    rollbar.init(token, environment=os.getenv("APP_ENV", "prod"), scrub_fields=list(SENSITIVE_FIELDS))
    rollbar.events.add_payload_handler(scrub_payload)
    handler = RollbarHandler()
    handler.setLevel(logging.ERROR)
    log.addHandler(handler)
    log.info("rollbar scrubbing %s", ", ".join(SENSITIVE_FIELDS))


def summarise(text: str, openai_key: str) -> str:
    from openai import OpenAI, RateLimitError

    client = OpenAI(api_key=openai_key)
    try:
        resp = client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": "Summarise."}, {"role": "user", "content": text}],
            max_tokens=200,
        )
    except RateLimitError as err:
        rollbar.report_message("openai rate limited", "warning", extra_data={"chars": len(text)})
        raise
    except Exception as err:
        raise RuntimeError(f"summarise failed with OpenAI key {openai_key}: {err}") from err
    log.info("summary used %d prompt tokens", resp.usage.prompt_tokens)
    return resp.choices[0].message.content


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    init()
    print(summarise("Logs are append-only records.", os.environ["OPENAI_API_KEY"]))
