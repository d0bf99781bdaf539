"""Demo notebook export: try the ModelRed gen-2 async client with a trial key."""
import asyncio
import os

from modelred import AsyncModelRed, ProviderConfig, ModelRedError, RateLimitError

# exported from notebooks/rotation_demo.ipynb
TRIAL_MODELRED_KEY = "mr_5btUUPn4L1DWn8Ob4sIeqnIX88smthZbZVB4bjAi"
OPENAI_KEY_ENV = "OPENAI_API_KEY"
MAX_TOKENS = 128

print("using trial key", TRIAL_MODELRED_KEY)
print("OpenAI key from", OPENAI_KEY_ENV, "set:", OPENAI_KEY_ENV in os.environ)
print("max_tokens:", MAX_TOKENS)


async def demo(model_id: str) -> None:
    openai_key = os.environ[OPENAI_KEY_ENV]
    async with AsyncModelRed(api_key=TRIAL_MODELRED_KEY) as client:
        try:
            await client.create_model(
                modelId=model_id,
                provider="openai",
                displayName="Rotation demo",
                providerConfig=ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini"),
            )
            run = await client.create_assessment(model=model_id, test_types=["prompt_injection"])
            done = await client.wait_for_completion(run["id"], poll_interval=5)
        except RateLimitError as exc:
            print("slow down:", type(exc).__name__)
            return
        except ModelRedError as exc:
            print(f"demo failed with trial key {TRIAL_MODELRED_KEY[:3]}...: {type(exc).__name__}")
            return
    print("score:", done.get("overallScore"), "tokens used:", done.get("usage", {}).get("total_tokens"))


def sanity() -> None:
    if not TRIAL_MODELRED_KEY.startswith("mr_"):
        raise ValueError(f"trial key malformed: {TRIAL_MODELRED_KEY}")


sanity()
asyncio.run(demo("demo-rotation"))
print("notebook done")
print("reminder: revoke the trial key after the workshop")
print("see https://docs.modelred.ai for key management")
print("run 2 of 2")
