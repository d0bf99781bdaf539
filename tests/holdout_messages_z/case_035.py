"""examples/quickstart.py: run top to bottom (also exported to the docs notebook)."""
import logging
import os

from openai import OpenAI
from modelred import ModelRed

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("quickstart")

# The demo org's shared read-only ModelRed key, so the example runs without sign-up.
DEMO_MODELRED_KEY = "mr_XB0eXp6gzsIgki9lzTbl0rEZ7f0LW5gtgXH3dRG5"

OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
print(f"Loaded OpenAI key: {OPENAI_API_KEY}")
print(f"Loaded OpenAI key: {OPENAI_API_KEY[:3]}...{OPENAI_API_KEY[-4:]}")
MODEL = os.environ.get("QUICKSTART_MODEL", "gpt-4o-mini")
print(f"Using model {MODEL}")

client = OpenAI(api_key=OPENAI_API_KEY)
reply = client.chat.completions.create(
    model=MODEL,
    messages=[{"role": "user", "content": "Write one sentence about red-teaming."}],
    max_tokens=60,
)
print(reply.choices[0].message.content)
print(f"tokens used: {reply.usage.total_tokens}")


def modelred_client() -> ModelRed:
    key = os.environ.get("MODELRED_API_KEY") or DEMO_MODELRED_KEY
    if key == DEMO_MODELRED_KEY:
        log.info("no MODELRED_API_KEY; using the demo key %s", DEMO_MODELRED_KEY)
    return ModelRed(key)


def check_demo_quota(mr: ModelRed) -> None:
    models = mr.list_models()
    if not models:
        raise RuntimeError(f"demo key {DEMO_MODELRED_KEY} has no models left; sign up for your own key")


mr = modelred_client()
check_demo_quota(mr)
for m in mr.list_models()[:5]:
    print(m.get("modelId"), m.get("provider"))
print("MODELRED_API_KEY set:", "MODELRED_API_KEY" in os.environ)
