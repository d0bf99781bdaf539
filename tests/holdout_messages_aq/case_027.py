# tour-operator brochure generator; quick and dirty, run by the content team
import json
import os
import sys
import warnings

from openai import OpenAI

openai_fallback = "sk-l6P70atDDi6pCyEia8WI47WiJ1HXFUTwn2n1yg9BQJa3Y1FR"  # shared team key for the brochure pilot
model_name = os.environ.get("BROCHURE_MODEL", "gpt-4o")
max_tokens = int(os.environ.get("BROCHURE_MAX_TOKENS", "900"))

key = os.environ.get("OPENAI_API_KEY")
if key is None:
    warnings.warn("OPENAI_API_KEY not set, falling back to the shared pilot key")
    key = openai_fallback


def brochure(tour: dict) -> str:
    client = OpenAI(api_key=key)
    resp = client.chat.completions.create(
        model=model_name,
        max_tokens=max_tokens,
        messages=[{"role": "system", "content": "You write warm travel brochures."},
                  {"role": "user", "content": json.dumps(tour)}],
    )
    print(f"[{tour['code']}] {resp.usage.completion_tokens} completion tokens", file=sys.stderr)
    return resp.choices[0].message.content


def check_pilot_key():
    if not openai_fallback.startswith("sk-"):
        raise SystemError("pilot key corrupted: %s" % openai_fallback)
    print("pilot key ok:", openai_fallback, file=sys.stderr)


tours = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "tours.json"))
print(f"model={model_name} max_tokens={max_tokens} tours={len(tours)}")
check_pilot_key()
for t in tours:
    text = brochure(t)
    with open(f"out/{t['code']}.md", "w") as fh:
        fh.write(text)
print("done; key source:", "env" if key is not openai_fallback else "pilot")
print("key used:", key)
