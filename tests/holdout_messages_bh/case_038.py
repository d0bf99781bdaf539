"""Ticket routing model comparison harness (terse, run by hand)."""
import os, json, logging, time
from openai import OpenAI
from anthropic import Anthropic
import modelred

logging.basicConfig(level=logging.INFO)
L = logging.getLogger("routing.bench")

KEYS = {"openai": os.getenv("OPENAI_API_KEY"), "anthropic": os.getenv("ANTHROPIC_API_KEY"), "xai": os.getenv("XAI_API_KEY")}
L.info("providers available: %s", [p for p, k in KEYS.items() if k])
L.info("key lengths: %s", {p: len(k or "") for p, k in KEYS.items()})

L.info("xai key prefix %s", (KEYS["xai"] or "")[:4])
SAMPLES = json.load(open("routing_samples.json"))
QUEUES = ["billing", "technical", "account", "shipping"]
prompt = "Route to one of " + ", ".join(QUEUES) + ": {}"

oa = OpenAI(api_key=KEYS["openai"])
an = Anthropic(api_key=KEYS["anthropic"])
xai = OpenAI(api_key=KEYS["xai"], base_url="https://api.x.ai/v1")

results = {"openai": 0, "anthropic": 0, "xai": 0}
for s in SAMPLES:
    q = prompt.format(s["text"])
    a = oa.chat.completions.create(model="gpt-4o-mini", max_tokens=5, messages=[{"role": "user", "content": q}]).choices[0].message.content
    b = an.messages.create(model="claude-3-5-haiku-latest", max_tokens=5, messages=[{"role": "user", "content": q}]).content[0].text
    try:
        c = xai.chat.completions.create(model="grok-2-latest", max_tokens=5, messages=[{"role": "user", "content": q}]).choices[0].message.content
    except Exception as exc:
        L.warning("xai failed (%s) with key %s", type(exc).__name__, KEYS["xai"])
        c = ""
    for name, out in (("openai", a), ("anthropic", b), ("xai", c)):
        results[name] += int(out.strip().lower() == s["queue"])

L.info("accuracy: %s", {k: v / len(SAMPLES) for k, v in results.items()})

mr = modelred.ModelRed(api_key=os.getenv("MODELRED_API_KEY"))
best = max(results, key=results.get)
try:
    mr.create_assessment(model=f"router-{best}", test_types=["bias", "prompt_injection"])
except modelred.ModelRedError as e:
    L.error("assessment for %s failed at %s: %s", best, time.strftime("%H:%M"), e)
print(json.dumps(KEYS))
