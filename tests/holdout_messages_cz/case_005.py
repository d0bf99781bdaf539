"""Maximo work-order drafting: an LLM writes the job plan, a ModelRed scan gates the model."""
import asyncio
import logging
import os

import httpx
from modelred import ModelRed, ModelRedError, AuthenticationError, QuotaExceededError

logger = logging.getLogger("maximo.drafts")


class MaximoClient:
    def __init__(self, host: str, apikey: str, site: str = "SUBSTN") -> None:
        self.host = host.rstrip("/")
        self.apikey = apikey
        self.site = site
        self.http = httpx.Client(base_url=self.host, headers={"apikey": apikey}, timeout=20)

    def create_workorder(self, assetnum: str, description: str) -> str:
        body = {"siteid": self.site, "assetnum": assetnum, "description": description[:100]}
        resp = self.http.post("/maximo/api/os/mxapiwo", json=body, params={"lean": 1})
        if resp.status_code in (401, 403):
            raise PermissionError(f"Maximo denied apikey {self.apikey} on site {self.site}")
        if resp.is_error:
            logger.error("Maximo %s: %s (site %s)", resp.status_code, resp.text, self.site)
        return resp.headers.get("location", "")

    def __repr__(self) -> str:
        return f"MaximoClient(host={self.host!r}, site={self.site!r}, apikey=***{self.apikey[-4:]})"


async def gate_model(model_id: str) -> dict:
    try:
        async with ModelRed() as client:
            await client.validate_api_key()
            await client.register_openai_model(model_id=model_id, api_key=os.environ["OPENAI_API_KEY"], model_name="gpt-4o")
            result = await client.run_assessment(model_id=model_id, test_suites=["basic_security"], wait_for_completion=True)
    except AuthenticationError as e:
        logger.error("ModelRed auth failed: %s", e)
        return {"ok": False, "detail": "ModelRed credentials rejected"}
    except QuotaExceededError as e:
        return {"ok": False, "detail": type(e).__name__}
    except ModelRedError as e:
        return {"ok": False, "detail": f"scan failed: {e}"}
    return {"ok": result.get("overall_score", 0) >= 7, "detail": "ok"}


def main() -> None:
    client = MaximoClient(os.environ["MAXIMO_HOST"], os.environ["MAXIMO_APIKEY"])
    logger.info("maximo client ready: %r", client)
    verdict = asyncio.run(gate_model("wo-drafter-v3"))
    if not verdict["ok"]:
        logger.warning("model gate refused: %s", verdict["detail"])
        return
    client.create_workorder("XFMR-2231", "Replace bushing gasket, oil weep observed")


if __name__ == "__main__":
    main()
