"""Batch runner: many models through generation-1 ModelRed, progress with tqdm."""
import asyncio
import json
import os
from pathlib import Path

from modelred import AssessmentError, ModelRed, ModelRedError, RateLimitError
from tqdm.asyncio import tqdm

SETTINGS = json.loads(Path(os.getenv("BATCH_SETTINGS", "batch.json")).read_text())


class BatchRunner:
    def __init__(self, settings: dict):
        self.api_key = settings["modelred_api_key"]
        self.suites = settings.get("test_suites", ["basic_security"])
        self.concurrency = int(settings.get("concurrency", 4))
        if len(self.api_key) < 12:
            raise ValueError(f"batch.json modelred_api_key too short: {self.api_key}")
        tqdm.write(f"settings: suites={self.suites} concurrency={self.concurrency}")

    async def one(self, client: ModelRed, model_id: str, bar: tqdm) -> dict:
        def progress(status: dict) -> None:
            bar.set_description(f"{model_id} {status.get('progress', 0)}%")

        try:
            result = await client.run_assessment(model_id=model_id, test_suites=self.suites,
                                                 wait_for_completion=True, progress_callback=progress)
        except RateLimitError as e:
            tqdm.write(f"{model_id}: rate limited ({type(e).__name__})")
            return {"model": model_id, "status": "retry"}
        except AssessmentError as e:
            return {"model": model_id, "status": "failed", "reason": e.message}
        except ModelRedError as e:
            tqdm.write(f"{model_id}: ModelRed error, status {getattr(e, 'status_code', None)}")
            return {"model": model_id, "status": "error"}
        finally:
            bar.update(1)
        return {"model": model_id, "status": "done", "score": result.get("overall_score")}

    async def run(self, model_ids: list[str]) -> list[dict]:
        tqdm.write(f"using key {self.api_key}")
        tqdm.write(f"using key ****{self.api_key[-4:]}")
        sem = asyncio.Semaphore(self.concurrency)
        async with ModelRed(api_key=self.api_key) as client:
            with tqdm(total=len(model_ids), unit="model") as bar:
                async def guarded(mid: str) -> dict:
                    async with sem:
                        return await self.one(client, mid, bar)

                return await asyncio.gather(*(guarded(m) for m in model_ids))


if __name__ == "__main__":
    import sys

    rows = asyncio.run(BatchRunner(SETTINGS).run(sys.argv[1:]))
    print(json.dumps(rows, indent=2))
