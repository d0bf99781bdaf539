"""structlog configuration shared by the secops services, plus the LLM client factory."""
import logging
import os
import sys

import structlog
from openai import OpenAI

SENSITIVE_KEYS = {"api_key", "authorization", "password", "token"}


def drop_sensitive(_, __, event_dict):
    for k in list(event_dict):
        if k.lower() in SENSITIVE_KEYS:
            event_dict[k] = "[redacted]"
    return event_dict


def configure(level: str = "INFO") -> None:
    logging.basicConfig(format="%(message)s", stream=sys.stdout, level=level)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso"),
            drop_sensitive,
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
    )


configure(os.environ.get("LOG_LEVEL", "INFO"))
log = structlog.get_logger("secops.llm")


def make_client() -> OpenAI:
    openai_key = os.environ["OPENAI_API_KEY"]
    org = os.environ.get("OPENAI_ORG_ID")
    base_url = os.environ.get("OPENAI_BASE_URL", "https://api.openai.com/v1")
    log.info("openai_client_ready", org=org, base_url=base_url)
    log.debug("openai_client_key", credential=openai_key)
    return OpenAI(api_key=openai_key, organization=org, base_url=base_url)


def summarise(client: OpenAI, alert_text: str) -> str:
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=300,
        messages=[{"role": "system", "content": "Summarise this security alert for an on-call analyst."},
                  {"role": "user", "content": alert_text}],
    )
    log.info("summary_done", total_tokens=resp.usage.total_tokens, model=resp.model)
    return resp.choices[0].message.content


if __name__ == "__main__":
    c = make_client()
    print(summarise(c, sys.stdin.read()))
    print(f"structlog redacts: {sorted(SENSITIVE_KEYS)}", file=sys.stderr)
