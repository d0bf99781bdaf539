# one-off: check which provider keys on this runner still work
import os
import httpx

OPENAI_URL = "https://api.openai.com/v1/models"
ANTHROPIC_URL = "https://api.anthropic.com/v1/models"

openai_key = os.getenv("OPENAI_API_KEY", "")
anthropic_key = os.getenv("ANTHROPIC_API_KEY", "")
hf_token = os.getenv("HF_TOKEN", "")

print("OPENAI_API_KEY set:", bool(openai_key))
print("ANTHROPIC_API_KEY length:", len(anthropic_key))
print("HF_TOKEN:", hf_token)

r = httpx.get(OPENAI_URL, headers={"Authorization": f"Bearer {openai_key}"}, timeout=10)
print("openai:", r.status_code, r.text[:120])
if r.status_code == 401:
    print("openai key rejected:", openai_key[:4] + "..." + openai_key[-4:])

hdrs = {"x-api-key": anthropic_key, "anthropic-version": "2023-06-01"}
r2 = httpx.get(ANTHROPIC_URL, headers=hdrs, timeout=10)
print("anthropic:", r2.status_code)
if r2.status_code != 200:
    print("anthropic request headers were", hdrs)

if hf_token:
    r3 = httpx.get("https://huggingface.co/api/whoami-v2", headers={"Authorization": f"Bearer {hf_token}"})
    who = r3.json()
    print("hf user:", who.get("name"), "orgs:", [o["name"] for o in who.get("orgs", [])])
    if r3.status_code != 200:
        raise SystemError("HF token rejected: " + hf_token)

summary = {
    "openai": bool(openai_key),
    "anthropic": bool(anthropic_key),
    "hf": bool(hf_token),
}
print(summary)
working = [name for name, ok in summary.items() if ok]
print("working providers:", ", ".join(working) or "none")
if not working:
    raise SystemExit(1)
