"""Nightly red-team run for every model the live-ops team owns (generation 1 SDK)."""
import asyncio
import logging
import sys

from modelred import ModelRed, ModelRedError, AuthenticationError, ValidationError

logging.basicConfig(level=logging.INFO, stream=sys.stdout)
nightly_log = logging.getLogger("liveops.nightly_redteam")

# the service account key of the liveops-ci ModelRed project (scoped to assessments)
LIVEOPS_CI = "mr_2RDLWphCb6jyY4TQPlNfCeCX2OoAsgvKCVEhdDCX"
MODELS = {
    "npc-dialogue-tavern": ["basic_security", "jailbreak"],
    "event-copywriter-v3": ["content_safety"],
    "support-reply-bot": ["basic_security", "pii_leakage"],
}


async def run_all() -> dict[str, str]:
    results: dict[str, str] = {}
    async with ModelRed(api_key=LIVEOPS_CI) as client:
        try:
            await client.validate_api_key()
        except AuthenticationError:
            nightly_log.critical("liveops-ci key %s was rejected, rotate it", LIVEOPS_CI)
            return results
        for model_id, suites in MODELS.items():
            try:
                res = await client.run_assessment(model_id=model_id, test_suites=suites, wait_for_completion=True, timeout_minutes=45)
            except ValidationError as exc:
                nightly_log.error("bad suites for %s: %s", model_id, suites)
                results[model_id] = "invalid"
                continue
            except ModelRedError as exc:
                nightly_log.error("%s failed: %s", model_id, exc)
                results[model_id] = type(exc).__name__
                continue
            results[model_id] = f"{res.get('overall_score', '?')}"
            nightly_log.info("%s -> %s (assessment %s)", model_id, results[model_id], res.get("assessment_id"))
    return results


def main() -> int:
    results = asyncio.run(run_all())
    if not results:
        return 2
    width = max(len(m) for m in results)
    for model_id, score in sorted(results.items()):
        print(f"{model_id.ljust(width)}  {score}")
    nightly_log.info("done with key id %s", LIVEOPS_CI[:3] + "…" + LIVEOPS_CI[-4:])
    return 0 if all(s not in ("invalid",) for s in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
