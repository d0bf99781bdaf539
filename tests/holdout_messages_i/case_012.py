"""Route OpenAI calls through the Helicone proxy for cost tracking."""
import logging
import os

from openai import OpenAI

logger = logging.getLogger("costs.helicone")

HELICONE_BASE = "https://oai.helicone.ai/v1"


def helicone_headers(user_id: str, session_id: str) -> dict:
    return {
        "Helicone-Auth": f"Bearer {os.environ['HELICONE_API_KEY']}",
        "Helicone-User-Id": user_id,
        "Helicone-Session-Id": session_id,
        "Helicone-Cache-Enabled": "true",
    }


def make_client(user_id: str, session_id: str) -> OpenAI:
    headers = helicone_headers(user_id, session_id)
    logger.info("helicone auth present=%s, user=%s session=%s", "Helicone-Auth" in headers, headers["Helicone-User-Id"], headers["Helicone-Session-Id"])
    print("default headers:", headers)
    return OpenAI(api_key=os.environ["OPENAI_API_KEY"], base_url=HELICONE_BASE, default_headers=headers)


def summarise(text: str, user_id: str, session_id: str) -> str:
    client = make_client(user_id, session_id)
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=[{"role": "user", "content": f"Summarise: {text}"}], max_tokens=200)
    logger.info("helicone request id %s, cache %s", raw.headers.get("helicone-id"), raw.headers.get("helicone-cache"))
    completion = raw.parse()
    logger.info("completion tokens %d", completion.usage.completion_tokens)
    return completion.choices[0].message.content
