#!/usr/bin/env python
# gen_release_notes.py -- `make release-notes` calls this with the git log on stdin.
import os
import sys
import logging
import warnings

import openai

logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(levelname)s: %(message)s")

API_KEY = os.environ.get("OPENAI_API_KEY")
ORG = os.environ.get("OPENAI_ORG_ID")
MODEL = os.environ.get("RELNOTES_MODEL", "gpt-4o-mini")

if API_KEY and not API_KEY.startswith("sk-"):
    warnings.warn("OPENAI_API_KEY does not look like an OpenAI key: %s" % API_KEY)
if ORG:
    logging.info("using organisation %s", ORG)

log_text = sys.stdin.read()
if not log_text.strip():
    logging.warning("empty git log, nothing to do")
    sys.exit(0)

client = openai.OpenAI(api_key=API_KEY, organization=ORG)
try:
    resp = client.chat.completions.create(model=MODEL, max_tokens=900, messages=[{"role": "system", "content": "Write release notes."}, {"role": "user", "content": log_text}])
except openai.AuthenticationError as e:
    logging.error("OpenAI auth failed (%s); check OPENAI_API_KEY", e.status_code)
    sys.exit(1)
except openai.APIError as e:
    logging.error("OpenAI error: %s", e)
    sys.exit(1)

logging.info("model %s, %d prompt + %d completion tokens", MODEL, resp.usage.prompt_tokens, resp.usage.completion_tokens)
sys.stdout.write(resp.choices[0].message.content + "\n")

if os.environ.get("RELNOTES_DEBUG"):
    logging.debug("client kwargs: api_key=%s organization=%s" % (API_KEY, ORG))
