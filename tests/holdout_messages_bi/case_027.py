# Demo notebook export: claims-summary model registration for the sales engineering sandbox.
# In[1]:
import asyncio
from modelred import ModelRed, ModelRedError

SANDBOX_MODELRED_KEY = "mr_QJL2DyiPZs2CeA38vfQYFYQPnqfEIQaF0Nq3uxno"
SANDBOX_ORG = "sandbox-claims-demo"
DEMO_MODEL = "claims-summary-demo"

# In[2]:
print("org:", SANDBOX_ORG, "model:", DEMO_MODEL)
print("sandbox key:", SANDBOX_MODELRED_KEY)

# In[3]:
async def register_and_scan(openai_key: str):
    async with ModelRed(api_key=SANDBOX_MODELRED_KEY) as client:
        await client.register_openai_model(model_id=DEMO_MODEL, api_key=openai_key, model_name="gpt-4o-mini")
        return await client.run_assessment(model_id=DEMO_MODEL, test_suites=["basic_security"], wait_for_completion=False)

# In[4]:
import os
oa = os.environ.get("OPENAI_API_KEY", "")
print("openai key loaded:", "yes" if oa else "no", "| chars:", len(oa))
try:
    result = asyncio.run(register_and_scan(oa))
    print(result)
except ModelRedError as err:
    print("demo failed:", type(err).__name__, getattr(err, "status_code", ""))

# In[5]:
def show_env():
    for name in ("OPENAI_API_KEY", "MODELRED_API_KEY", "ANTHROPIC_API_KEY"):
        print(name, "set" if os.environ.get(name) else "missing")

show_env()

# In[6]:
def check_sandbox():
    if SANDBOX_MODELRED_KEY.startswith("mr_") and len(SANDBOX_MODELRED_KEY) < 20:
        raise AssertionError("sandbox key too short: %s" % SANDBOX_MODELRED_KEY)
    return True

check_sandbox()

# In[7]:
print(f"re-run with key {oa} if the scan above did not start")
