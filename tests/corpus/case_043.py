"""Seed the demo tenant with one model per provider (SDK 0.1.33, async)."""
import asyncio
import os

from modelred import AsyncModelRed, ConflictError, ModelProvider, ProviderConfig

# Demo tenant only. HF token for the gated Llama repo: 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
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-api03-FuHK23BWM9IWP1YM4XP42hs0amwpgfOooGhXU6zWqUsqJwSX_b3FPI6QSUsmFhHkpDQltaLyjRZq7oM8bqLrcCWXoorAA")
os.environ.setdefault("XAI_API_KEY", "xai-PdC7R4zNnWPCakmgJuQyTLLZC3N4PEHB92SIbzd1CTFQ1yd25BoNdcSMGGvHHO9Qob8bvDvRs6LqMIj9")

SEED = [
    ("demo-claude", ModelProvider.ANTHROPIC, lambda: ProviderConfig.anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])),
    ("demo-grok", ModelProvider.GROK, lambda: ProviderConfig.grok(api_key=os.environ["XAI_API_KEY"])),
    (
        "demo-llama",
        ModelProvider.HUGGINGFACE,
        lambda: ProviderConfig.huggingface(
            "meta-llama/Meta-Llama-3-8B-Instruct", api_key=os.environ.get("HF_TOKEN", "")
        ),
    ),
]


async def seed():
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        for model_id, provider, make_cfg in SEED:
            try:
                await client.create_model(
                    modelId=model_id,
                    provider=provider,
                    displayName=model_id.replace("-", " ").title(),
                    providerConfig=make_cfg(),
                )
            except ConflictError:
                pass
        return await client.list_models()


if __name__ == "__main__":
    print(asyncio.run(seed()))
