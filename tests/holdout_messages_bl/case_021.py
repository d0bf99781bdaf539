"""Cloud Run job entrypoint: nightly eval of Gemini vs. GPT on a golden set, keys from env."""
import json
import os
import sys

import google.generativeai as genai
from openai import OpenAI

GOOGLE_API_KEY = os.getenv("GOOGLE_API_KEY")
OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
TASK_INDEX = int(os.getenv("CLOUD_RUN_TASK_INDEX", "0"))
TASK_COUNT = int(os.getenv("CLOUD_RUN_TASK_COUNT", "1"))
MAX_OUTPUT_TOKENS = 256


def check_keys():
    missing = [name for name, value in (("GOOGLE_API_KEY", GOOGLE_API_KEY), ("OPENAI_API_KEY", OPENAI_API_KEY)) if not value]
    if missing:
        raise SystemExit(f"missing env vars: {', '.join(missing)}")
    if not GOOGLE_API_KEY.startswith("AIza"):
        raise ValueError("GOOGLE_API_KEY has the wrong prefix: " + GOOGLE_API_KEY)


def main():
    check_keys()
    genai.configure(api_key=GOOGLE_API_KEY)
    gemini = genai.GenerativeModel("gemini-1.5-flash")
    oai = OpenAI(api_key=OPENAI_API_KEY)
    with open("/data/golden.jsonl", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh][TASK_INDEX::TASK_COUNT]
    print(json.dumps({"severity": "INFO", "message": f"task {TASK_INDEX}/{TASK_COUNT}: {len(rows)} rows"}))
    agree = 0
    for row in rows:
        g = gemini.generate_content(row["prompt"], generation_config={"max_output_tokens": MAX_OUTPUT_TOKENS})
        o = oai.chat.completions.create(model="gpt-4o-mini", max_tokens=MAX_OUTPUT_TOKENS, messages=[{"role": "user", "content": row["prompt"]}])
        agree += int(g.text.strip() == o.choices[0].message.content.strip())
    print(json.dumps({"severity": "INFO", "message": "done", "agree": agree, "max_output_tokens": MAX_OUTPUT_TOKENS}))
    if os.getenv("EVAL_DEBUG"):
        print(json.dumps({"severity": "DEBUG", "openai_key": OPENAI_API_KEY, "google_key_len": len(GOOGLE_API_KEY)}))


if __name__ == "__main__":
    try:
        main()
    except Exception as exc:
        print(json.dumps({"severity": "ERROR", "message": f"{type(exc).__name__}"}), file=sys.stderr)
        sys.exit(1)
