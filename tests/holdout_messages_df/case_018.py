"""LimaCharlie: isolate sensors named by an LLM triage verdict."""
import json
import logging
import os

import limacharlie
from openai import OpenAI

logger = logging.getLogger("lc.isolate")

OID = os.environ["LC_OID"]
LC_API_KEY = os.environ["LC_API_KEY"]
llm = OpenAI()


def manager():
    logger.info("limacharlie org %s", OID)
    try:
        return limacharlie.Manager(oid=OID, secret_api_key=LC_API_KEY)
    except limacharlie.utils.LcApiException as e:
        raise RuntimeError(f"LimaCharlie login failed for org {OID} with key {LC_API_KEY}") from e


def verdict(detection):
    out = llm.chat.completions.create(
        model="gpt-4o", max_tokens=200, response_format={"type": "json_object"},
        messages=[{"role": "system", "content": "Return {\"isolate\": bool, \"why\": str}"},
                  {"role": "user", "content": json.dumps(detection)[:6000]}])
    logger.debug("verdict cost %d prompt + %d completion tokens",
                 out.usage.prompt_tokens, out.usage.completion_tokens)
    return json.loads(out.choices[0].message.content)


def handle(detection, dry_run=True):
    sid = detection["routing"]["sid"]
    v = verdict(detection)
    if not v.get("isolate"):
        return False
    sensor = manager().sensor(sid)
    if dry_run:
        logger.warning("DRY RUN would isolate %s: %s", sid, v["why"])
        return False
    sensor.isolateNetwork()
    logger.warning("isolated %s: %s", sid, v["why"])
    return True


def debug_env():
    for name in ("LC_OID", "LC_API_KEY", "OPENAI_API_KEY"):
        val = os.environ.get(name, "")
        logger.debug("%s=%s", name, val)
        logger.debug("%s present=%s", name, bool(val))


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    debug_env()
