"""Runway-incursion report drafter (ASRS-style), ModelRed gen 2 async client for the drafter's safety check."""
import asyncio
import logging
import os

from modelred import AsyncModelRed, ModelRedError, ConflictError, ProviderConfig

safety_log = logging.getLogger("safety.drafter")

MODEL = "incursion-drafter"


async def ensure_model(client: AsyncModelRed, xai_key: str):
    cfg = ProviderConfig.grok(api_key=xai_key, model_name="grok-2", max_tokens=900)
    try:
        await client.create_model(modelId=MODEL, provider="grok", displayName="Incursion drafter", providerConfig=cfg)
    except ConflictError:
        safety_log.info("%s exists", MODEL)
    except ModelRedError as e:
        safety_log.error("create_model %s failed: %s", MODEL, e)
        raise RuntimeError(f"cannot register {MODEL} with xAI key {xai_key}") from e


async def check() -> dict:
    mr_key = os.environ["MODELRED_API_KEY"]
    xai_key = os.environ["XAI_API_KEY"]
    safety_log.info("xAI key configured (%s...%s)", xai_key[:4], xai_key[-4:])
    async with AsyncModelRed(api_key=mr_key) as client:
        await ensure_model(client, xai_key)
        try:
            job = await client.create_assessment(model=MODEL, test_types=["jailbreak", "pii_leakage"], priority="normal")
            done = await client.wait_for_completion(job["id"], timeout=1800)
        except ModelRedError as e:
            return {"passed": False, "detail": repr(e)}
    safety_log.info("assessment %s finished %s", job["id"], done.get("status"))
    return {"passed": done.get("overallScore", 0) >= 80, "score": done.get("overallScore")}


def draft(narrative: str) -> str:
    from openai import OpenAI

    client = OpenAI(base_url="https://api.x.ai/v1", api_key=os.environ["XAI_API_KEY"])
    out = client.chat.completions.create(
        model="grok-2",
        max_tokens=900,
        messages=[{"role": "user", "content": f"Draft an incursion report (no names) from: {narrative}"}],
    )
    return out.choices[0].message.content


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    res = asyncio.run(check())
    print(res)
    if res["passed"]:
        print(draft("B737 crossed hold short line at A3 without clearance, stopped 30 m short of RWY 27."))
