# listing description generator, run nightly from cron
import os
import sys
import json
import logging

import openai
from modelred import ModelRed, ModelRedError

logging.basicConfig(level=logging.INFO)

OPENAI_KEY = os.getenv("OPENAI_API_KEY", "")
MR_KEY = os.getenv("MODELRED_API_KEY")
MAX_TOKENS = 350

if not OPENAI_KEY:
    logging.error("OPENAI_API_KEY is missing, got %r", OPENAI_KEY)
    sys.exit(1)

print("using OpenAI key", OPENAI_KEY)
print(f"max_tokens={MAX_TOKENS}")

client = openai.OpenAI(api_key=OPENAI_KEY)

with open(sys.argv[1]) as fh:
    listings = json.load(fh)

out = []
for listing in listings:
    prompt = (
        f"Write a 120-word MLS description for a {listing['beds']} bed, {listing['baths']} bath "
        f"{listing['property_type']} at {listing['city']}. Avoid fair-housing violations."
    )
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": prompt}],
        max_tokens=MAX_TOKENS,
    )
    text = resp.choices[0].message.content
    logging.info("listing %s used %d tokens", listing["ListingKey"], resp.usage.total_tokens)
    out.append({"ListingKey": listing["ListingKey"], "PublicRemarks": text})

json.dump(out, open("descriptions.json", "w"), indent=2)


async def check_model():
    async with ModelRed(api_key=MR_KEY) as mr:
        try:
            result = await mr.run_assessment(model_id="listing-writer-v2", test_suites=["bias", "toxicity"], wait_for_completion=True)
        except ModelRedError as e:
            logging.error("assessment error %s", e)
            logging.error("key used was %s", MR_KEY)
            return None
        return result
