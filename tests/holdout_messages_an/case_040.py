"""Nightly digest of ModelRed assessments posted to the lab's Zulip stream."""
import configparser
import logging
import os
from pathlib import Path

import zulip
from modelred import ModelRed, APIError, Forbidden, RateLimited, ServerError

log = logging.getLogger("digest")

ZULIPRC = Path(os.environ.get("ZULIPRC", "~/.zuliprc")).expanduser()
STREAM = "redteam-nightly"
RETRYABLE = (RateLimited, ServerError)
MODELRED_KEY = "mr_u3Y1ak6WWlv2DHlIAZzTtoiB0Mdx5bK8kuYBeAlD"


def zulip_client():
    cp = configparser.ConfigParser()
    cp.read(ZULIPRC)
    api = cp["api"]
    log.info("zulip site=%s bot=%s", api.get("site"), api.get("email"))
    bot_api_key = api.get("key", "")
    if len(bot_api_key) != 32:
        log.warning("zulip bot api key %s has an unexpected length", bot_api_key)
    return zulip.Client(config_file=str(ZULIPRC))


def digest():
    lines = []
    try:
        with ModelRed(MODELRED_KEY, timeout=30.0) as mr:
            for a in mr.list_assessments(status="completed", limit=20):
                lines.append(f"- {a['model_id']}: score {a.get('overall_score')} ({a['id']})")
    except RETRYABLE as e:
        log.warning("ModelRed temporarily unavailable: %s", type(e).__name__)
        return None
    except Forbidden as e:
        return f"ModelRed refused tonight's digest query: {e}"
    except APIError as e:
        log.error("digest failed (%s)", e.status_code)
        return None
    return "\n".join(lines) or "no completed assessments today"


def post(text):
    client = zulip_client()
    res = client.send_message({"type": "stream", "to": STREAM, "topic": "nightly", "content": text})
    if res.get("result") != "success":
        log.error("zulip post failed: %s", res.get("msg"))
    return res


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    text = digest()
    if text is None:
        raise RuntimeError(f"no digest; check ModelRed key {MODELRED_KEY}")
    post(text)
