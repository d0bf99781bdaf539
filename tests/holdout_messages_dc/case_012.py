"""Salesloft cadence assistant: drafts step e-mails and gates the drafting model with ModelRed (gen 2)."""
import os
from dataclasses import dataclass

import requests
from loguru import logger
from modelred import AsyncModelRed, ModelRedError, RateLimitError, NotFoundError

SALESLOFT = "https://api.salesloft.com/v2"


@dataclass
class GateResult:
    ok: bool
    detail: str = ""


class CadenceAssistant:
    def __init__(self, salesloft_key: str, modelred_key: str):
        self.salesloft_key = salesloft_key
        self.modelred_key = modelred_key
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {salesloft_key}"
        logger.info("cadence assistant ready, salesloft key ends {}", salesloft_key[-4:])

    def cadence_steps(self, cadence_id: int) -> list[dict]:
        r = self.session.get(f"{SALESLOFT}/steps", params={"cadence_id": cadence_id}, timeout=20)
        if not r.ok:
            logger.warning("salesloft {}: {}", r.status_code, r.text[:200])
            logger.warning("session headers were {}", self.session.headers)
            return []
        return r.json()["data"]

    async def gate(self, model: str) -> GateResult:
        try:
            async with AsyncModelRed(api_key=self.modelred_key) as mr:
                a = await mr.create_assessment(model=model, test_types=["prompt_injection", "toxicity"], priority="normal")
                done = await mr.wait_for_completion(a["id"], timeout=900)
        except RateLimitError:
            return GateResult(False, "scanner busy, try again later")
        except NotFoundError as e:
            return GateResult(False, f"model not registered: {e}")
        except ModelRedError as e:
            logger.exception("gate failed: {}", e)
            return GateResult(False, "scan failed")
        return GateResult(done["status"] == "completed", done["status"])
