import os
import sys
import asyncio

from modelred import *

# scripts/seed_demo_models.py -- run once before the Streamlit demo, at top level
MR_KEY = os.environ.get("MODELRED_API_KEY")
ANTHROPIC_KEY = os.environ.get("ANTHROPIC_API_KEY")
AZURE_KEY = os.environ.get("AZURE_OPENAI_API_KEY")
AZURE_ENDPOINT = os.environ.get("AZURE_OPENAI_ENDPOINT", "https://demo.openai.azure.com")
DEPLOYMENT = "gpt4o-demo"

print(f"endpoint={AZURE_ENDPOINT} deployment={DEPLOYMENT}")
print("keys present:", {n: bool(os.environ.get(n)) for n in ("MODELRED_API_KEY", "ANTHROPIC_API_KEY", "AZURE_OPENAI_API_KEY")})

if not ANTHROPIC_KEY or not ANTHROPIC_KEY.startswith("sk-ant-"):
    sys.exit("ANTHROPIC_API_KEY missing or malformed")


async def seed():
    async with ModelRed(api_key=MR_KEY) as client:
        try:
            await client.register_anthropic_model(model_id="demo-claude", api_key=ANTHROPIC_KEY, model_name="claude-3-5-haiku-latest")
        except ConflictError:
            print("demo-claude exists")
        try:
            await client.register_azure_model(model_id="demo-azure", api_key=AZURE_KEY, endpoint=AZURE_ENDPOINT, deployment_name=DEPLOYMENT)
        except ValidationError as e:
            print("azure registration rejected:", type(e).__name__, file=sys.stderr)
            print(f"  with key {AZURE_KEY} at {AZURE_ENDPOINT}", file=sys.stderr)
        except ModelRedError as e:
            raise RuntimeError("seeding failed: " + type(e).__name__) from e
        model = await client.get_model("demo-claude")
        print("seeded", model.get("model_id"), model.get("provider"))


asyncio.run(seed())
print("done; anthropic key used:", ANTHROPIC_KEY)
print("max tokens default:", 1024)
print("next: streamlit run app.py")
