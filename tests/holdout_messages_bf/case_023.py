"""Personal-trainer marketplace: async worker that generates weekly plans via Groq."""
import asyncio
import logging
import os

from groq import AsyncGroq, APIStatusError
from modelred import AsyncModelRed, ValidationFailed, ModelRedError

wlog = logging.getLogger("trainer.plans")


class PlanWorker:
    def __init__(self, queue: asyncio.Queue):
        self.queue = queue
        self.groq_api_key = os.environ["GROQ_API_KEY"]
        self.groq = AsyncGroq(api_key=self.groq_api_key)
        self.model = os.environ.get("PLAN_MODEL", "llama-3.1-8b-instant")
        self.max_tokens = 900
        wlog.info("worker model %s max_tokens %d", self.model, self.max_tokens)

    async def generate(self, client_profile: dict) -> str:
        try:
            chat = await self.groq.chat.completions.create(
                model=self.model,
                max_tokens=self.max_tokens,
                messages=[{"role": "user", "content": f"Write a 4-day plan for: {client_profile}"}],
            )
        except APIStatusError as e:
            wlog.error("groq %s for trainer %s (model %s)", e.status_code, client_profile.get("trainer_id"), self.model)
            raise
        return chat.choices[0].message.content

    async def run(self):
        while True:
            job = await self.queue.get()
            plan = await self.generate(job["profile"])
            wlog.info("plan for %s: %d chars", job["id"], len(plan))
            self.queue.task_done()

    def describe(self):
        return f"PlanWorker(model={self.model}, max_tokens={self.max_tokens})"


async def audit_plan_model(worker: PlanWorker) -> dict:
    async with AsyncModelRed(os.environ["MODELRED_API_KEY"]) as mr:
        try:
            return await mr.create_assessment_by_id(model_id="trainer-plans-llama", probe_pack_ids=["unsafe-exercise-advice"])
        except ValidationFailed as e:
            wlog.warning("audit rejected: %s", e)
            return {"error": "invalid audit request"}
        except ModelRedError as e:
            return {"error": f"audit failed: {e}", "worker": worker.model}


async def main():
    q: asyncio.Queue = asyncio.Queue()
    worker = PlanWorker(q)
    wlog.info("starting %s", worker.describe())
    wlog.debug("groq key for worker: %s", worker.groq_api_key)
    await q.put({"id": "j1", "profile": {"trainer_id": "t9", "goal": "5k"}})
    await asyncio.wait_for(worker.run(), timeout=30)


if __name__ == "__main__":
    asyncio.run(main())
