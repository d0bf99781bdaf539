"""Bulk NDA triage: classify inbound NDAs against the playbook; vet the triage model (gen 2, async)."""
import asyncio
import logging
import os
import warnings
from pathlib import Path

from modelred import AsyncModelRed, ModelRedError, ValidationError, ProviderConfig

logger = logging.getLogger("nda.triage")

PLAYBOOK = Path(__file__).with_name("nda_playbook.md")
TRIAGE_MODEL = "nda-triage-gpt4o"


async def register_and_vet(openai_key: str) -> dict:
    if not openai_key.startswith(("sk-proj-", "sk-")):
        warnings.warn(f"OPENAI_API_KEY has an odd prefix: {openai_key}", RuntimeWarning)
    async with AsyncModelRed(api_key=os.environ["MODELRED_API_KEY"]) as client:
        try:
            await client.create_model(modelId=TRIAGE_MODEL, provider="openai", displayName="NDA triage",
                                      providerConfig=ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o", max_tokens=1024))
        except ValidationError as e:
            logger.info("model already registered or invalid: %s", type(e).__name__)
        try:
            a = await client.create_assessment(model=TRIAGE_MODEL, test_types=["prompt_injection", "data_leakage"])
        except ModelRedError as e:
            return {"status": "failed", "message": str(e)}
    logger.info("triage model assessment %s", a.get("id"))
    return {"status": "queued", "assessment": a.get("id")}


def triage(text: str) -> str:
    rules = PLAYBOOK.read_text() if PLAYBOOK.exists() else ""
    flags = []
    for marker in ("non-solicit", "residuals", "perpetual", "injunctive relief"):
        if marker in text.lower():
            flags.append(marker)
    if "perpetual" in flags and "perpetual" not in rules:
        flags.append("escalate")
    return ",".join(flags) or "green"


async def main(inbox: str) -> None:
    key = os.environ.get("OPENAI_API_KEY", "")
    if not key:
        warnings.warn("OPENAI_API_KEY unset; model vetting skipped")
    else:
        print(await register_and_vet(key))
    for f in sorted(Path(inbox).glob("*.txt")):
        print(f.name, triage(f.read_text(errors="ignore")))


if __name__ == "__main__":
    asyncio.run(main(os.environ.get("NDA_INBOX", "./inbox")))
