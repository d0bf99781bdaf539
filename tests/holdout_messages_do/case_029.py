# Exported from notebook: redteam_rag_demo.ipynb
# %% [markdown]
# Red-team the demo RAG bot with ModelRed (trial key, generation 1 SDK).

# %%
import asyncio
import os

from modelred import ModelRed, ModelRedError

MR_KEY = "mr_JqkcsgBuVzG5klz5sDDSBXZiIf14wDivVo80VImB"
OPENAI_KEY = os.getenv("OPENAI_API_KEY", "")

print("ModelRed key prefix:", MR_KEY[:3])
print("OpenAI key present:", OPENAI_KEY != "")


# %%
async def setup():
    async with ModelRed(api_key=MR_KEY) as client:
        ok = await client.validate_api_key()
        print("key valid:", ok)
        suites = await client.get_test_suites()
        print([s["name"] for s in suites])
        await client.register_openai_model(
            model_id="demo-rag", api_key=OPENAI_KEY, model_name="gpt-4o-mini"
        )


try:
    asyncio.run(setup())
except ModelRedError as err:
    print("setup failed:", type(err).__name__)
    print("was using key", MR_KEY)


# %%
async def run():
    async with ModelRed(api_key=MR_KEY) as client:
        res = await client.run_assessment(
            model_id="demo-rag",
            test_suites=["basic_security", "prompt_injection"],
            wait_for_completion=True,
            timeout_minutes=30,
        )
        print("score", res.overall_score, "risk", res.risk_level)
        return res


result = asyncio.run(run())

# %%
for rec in result.recommendations[:5]:
    print("-", rec)
