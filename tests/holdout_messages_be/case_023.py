# quick_smoke.py -- one-off smoke test of the drive-thru voice ordering model
import logging
import sys

from openai import OpenAI, APIStatusError

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout)
logger = logging.getLogger("drivethru_smoke")

OPENAI_KEY = "sk-AN8jaK5vwwtlq8TlUj97SWSaWLtJ0bDJcs1aJfDzU5nH8rfZ"
ORG_ID = "org-drivethru-pilot"
TEST_PHRASES = [
    "can I get a number three no pickles",
    "large fries and uh two cokes",
    "actually cancel the fries",
]

logger.info("smoke test for org %s with %d phrases", ORG_ID, len(TEST_PHRASES))
client = OpenAI(api_key=OPENAI_KEY, organization=ORG_ID)

failures = 0
for phrase in TEST_PHRASES:
    try:
        out = client.chat.completions.create(
            model="gpt-4o-mini",
            max_tokens=120,
            response_format={"type": "json_object"},
            messages=[
                {"role": "system", "content": "Turn the drive-thru utterance into an order JSON."},
                {"role": "user", "content": phrase},
            ],
        )
    except APIStatusError as exc:
        failures += 1
        logger.error("status %s for %r: %s", exc.status_code, phrase, exc.message)
        continue
    logger.debug("%s -> %s (%d tokens)", phrase, out.choices[0].message.content, out.usage.total_tokens)

if failures == len(TEST_PHRASES):
    logger.critical("every call failed; is %s still valid?", OPENAI_KEY)
    raise SystemExit(1)

print(f"done, {failures} failures, key ends {OPENAI_KEY[-4:]}")
