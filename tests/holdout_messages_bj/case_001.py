#!/usr/bin/env python3
# pi-assistant: wake word -> whisper -> gpt -> espeak. runs from rc.local on my Pi 4.
import asyncio
import os
import subprocess
import sys

import openai
from modelred import ModelRed, ModelRedError

OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "")
MR_KEY = os.getenv("MODELRED_API_KEY")
MAX_TOKENS = 120
VOICE = "en-us+f3"
DEBUG = "--debug" in sys.argv

if DEBUG:
    print("openai key:", OPENAI_KEY)
    print("key tail:", OPENAI_KEY[-4:], "max_tokens:", MAX_TOKENS)

if not OPENAI_KEY:
    print("OPENAI_API_KEY is not set, see README")
    sys.exit(1)

client = openai.OpenAI(api_key=OPENAI_KEY)


def say(text):
    subprocess.run(["espeak", "-v", VOICE, text], check=False)


def answer(question):
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        max_tokens=MAX_TOKENS,
        messages=[{"role": "user", "content": question}],
    )
    print(f"used {resp.usage.total_tokens} tokens")
    return resp.choices[0].message.content


async def nightly_check():
    try:
        async with ModelRed(api_key=MR_KEY) as mr:
            res = await mr.run_assessment(model_id="pi-assistant", test_suites=["basic_injection"])
            print("assessment", res.get("assessment_id"))
    except ModelRedError as e:
        print("modelred check failed:", type(e).__name__)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        asyncio.run(nightly_check())
    else:
        q = input("> ")
        say(answer(q))
