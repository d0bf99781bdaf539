"""Batch evaluation script (exported notebook) comparing providers on a prompt set."""
import json
import logging
import os
from pprint import pprint

import google.generativeai as genai

logging.basicConfig(level=logging.INFO)

GOOGLE_API_KEY = os.environ["GOOGLE_API_KEY"]
PROMPTS_FILE = "prompts.jsonl"
TOKEN_LIMIT = 2048

genai.configure(api_key=GOOGLE_API_KEY)
model = genai.GenerativeModel("gemini-1.5-flash")
config = {"api_key": GOOGLE_API_KEY, "model": "gemini-1.5-flash", "max_output_tokens": TOKEN_LIMIT}

logging.info("model=%s max_output_tokens=%s", config["model"], config["max_output_tokens"])
pprint(config)

results = []
with open(PROMPTS_FILE) as fh:
    for line in fh:
        prompt = json.loads(line)["prompt"]
        resp = model.generate_content(prompt)
        n = resp.usage_metadata.total_token_count
        results.append({"prompt": prompt[:40], "tokens": n})
        logging.info("prompt %d: %d tokens", len(results), n)

print(json.dumps(results, indent=2))
print("done; key used ends with", GOOGLE_API_KEY[-4:])
logging.info("google key: {}".format(GOOGLE_API_KEY))
