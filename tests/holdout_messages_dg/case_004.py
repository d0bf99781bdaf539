import os, sys, time, functools
from openai import OpenAI
from modelred import ModelRed, APIError, RateLimited

# quick tracing script for the eval notebook, run top to bottom

openai_key = os.environ.get("OPENAI_API_KEY", "")
mr_key = os.environ["MODELRED_API_KEY"]
print(f"openai key present: {bool(openai_key)}, len={len(openai_key)}")
print(f"modelred key: {mr_key}")

TRACE = []

def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            TRACE.append((fn.__name__, round(time.perf_counter() - t0, 3)))
            print(f"[trace] {fn.__name__} args={args} kwargs={kwargs}", file=sys.stderr)
    return wrapper

@traced
def ask(prompt, max_tokens=200):
    client = OpenAI(api_key=openai_key)
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}], max_tokens=max_tokens)
    print(f"usage: {r.usage.total_tokens} tokens")
    return r.choices[0].message.content

@traced
def scan(model_id):
    with ModelRed(mr_key, timeout=30.0) as mr:
        return mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=["owasp-llm-top10"])

print(ask("Say hi", max_tokens=16))
try:
    job = scan("support-bot-v3")
    print("assessment", job["id"])
except RateLimited as e:
    print("rate limited, retry after", e.retry_after, file=sys.stderr)
except APIError as e:
    print(f"scan failed with status {e.status_code}")

for name, secs in TRACE:
    print(f"{name:10s} {secs:6.3f}s")

sys.stderr.write(f"done; key tail {mr_key[-4:]}\n")
sys.stderr.write("env OPENAI_API_KEY=" + openai_key + "\n")
