"""SBOM-driven triage: register each LLM component listed in a CycloneDX SBOM with ModelRed
and run the supply-chain test suites against it."""
import asyncio
import json
import logging
import os
import re
import sys

from modelred import ModelRed, ModelRedError, ValidationError, ConflictError

log = logging.getLogger("sbom_triage")
MODEL_ID_RE = re.compile(r"^[a-zA-Z0-9_-]{1,50}$")


def llm_components(sbom: dict) -> list[dict]:
    return [c for c in sbom.get("components", []) if c.get("type") == "machine-learning-model"]


async def register_and_scan(client: ModelRed, comp: dict, openai_key: str) -> str | None:
    model_id = comp["name"].replace("/", "-").lower()
    if not MODEL_ID_RE.match(model_id):
        raise ValidationError(f"Invalid model ID: {model_id}")
    try:
        await client.register_openai_model(model_id=model_id, api_key=openai_key, model_name=comp.get("version", "gpt-4o"))
    except ConflictError:
        log.info("model %s already registered", model_id)
    result = await client.run_assessment(model_id=model_id, test_suites=["supply_chain", "data_leakage"])
    log.info("assessment %s for %s", result.get("assessment_id"), model_id)
    return result.get("assessment_id")


async def main(path: str) -> int:
    logging.basicConfig(level=logging.INFO)
    sbom = json.load(open(path))
    comps = llm_components(sbom)
    openai_key = os.getenv("OPENAI_API_KEY", "")
    if not openai_key.startswith(("sk-proj-", "sk-svcacct-", "sk-")):
        raise RuntimeError("OPENAI_API_KEY is not an OpenAI key: {}".format(openai_key))
    log.info("%d LLM components in %s", len(comps), sbom.get("metadata", {}).get("component", {}).get("name"))
    failures = 0
    async with ModelRed() as client:
        for comp in comps:
            try:
                await register_and_scan(client, comp, openai_key)
            except ModelRedError as exc:
                failures += 1
                log.error("component %s failed: %s", comp.get("name"), exc)
    log.info("done: %d components, %d failures", len(comps), failures)
    if failures and os.getenv("SBOM_TRIAGE_DEBUG"):
        log.debug("registration used OpenAI key %s", openai_key)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1])))
