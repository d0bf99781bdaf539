"""Demo notebook export: hard-coded demo keys for a hackathon trading assistant."""
import logging

from modelred import ModelRed, ModelRedError
from openai import OpenAI

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("demo")

# hackathon demo key, revoked after the event
DEMO_MR = "mr_WXyKQk1tpRpTUzT8xq4ymOcjVPwSMwdcq9CPQHjo"
DEMO_MR_VAR = "MODELRED_API_KEY"
demo_openai = "sk-KM4GUdPkSprZvkYm5qCLEipGPCPuhzEn19gfoCjsFSXqHK2N"
PACKS = ["finance-core"]

print(f"Using demo key from constant, export {DEMO_MR_VAR} to override")


def scan_demo_model():
    with ModelRed(DEMO_MR, timeout=20.0) as mr:
        try:
            return mr.create_assessment(model_id="demo-trader", probe_pack_ids=PACKS)
        except ModelRedError as e:
            log.warning("demo scan failed for key %s: %s", DEMO_MR, type(e).__name__)
            return None


client = OpenAI(api_key=demo_openai)
resp = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Explain a covered call in two sentences."}],
    max_tokens=120,
)
print(resp.choices[0].message.content)
print("usage:", resp.usage.total_tokens, "tokens")
print("openai demo key:", demo_openai)
print("modelred key prefix:", DEMO_MR[:3])

job = scan_demo_model()
print("scan job:", job and job.get("id"))

portfolio = {"AAPL": 10, "MSFT": 5, "NVDA": 2}
for ticker, qty in portfolio.items():
    print(f"{ticker:6} {qty:>4}")

notes = [
    "keys above are demo-only",
    "rotate before sharing the notebook",
]
for n in notes:
    print("-", n)
