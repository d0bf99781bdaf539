import asyncio
import logging
import os

from modelred import AsyncModelRed, Unauthorized, NotFound, APIError

log = logging.getLogger("coach.redteam")


class CoachSafetyGate:
    """Runs ModelRed probes against the coaching chatbot before each release."""

    def __init__(self, api_key: str, model_id: str = "coach-chat-v3"):
        self.api_key = api_key
        self.model_id = model_id
        self.probe_packs = ["self-harm-fitness", "eating-disorder-safety", "jailbreak-basic"]

    async def run(self) -> dict:
        log.debug("gate for %s, key suffix %s", self.model_id, self.api_key[-4:])
        async with AsyncModelRed(self.api_key, timeout=60.0, max_retries=2) as client:
            try:
                job = await client.create_assessment(model_id=self.model_id, probe_pack_ids=self.probe_packs)
            except Unauthorized:
                log.error("ModelRed rejected key %s for %s", self.api_key, self.model_id)
                return {"ok": False, "reason": "unauthorized"}
            except NotFound as e:
                log.error("model %s missing (status %s)", self.model_id, e.status_code)
                return {"ok": False, "reason": "model not registered"}
            except APIError as e:
                return {"ok": False, "reason": str(e)}
        log.info("assessment %s queued with %d packs", job["id"], len(self.probe_packs))
        return {"ok": True, "assessment_id": job["id"]}


async def main():
    key = os.environ.get("MODELRED_API_KEY")
    if not key:
        log.error("no ModelRed key set (%r)", key)
        return 2
    gate = CoachSafetyGate(key)
    result = await gate.run()
    log.info("gate result: %s", result)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
