"""aiohttp endpoint that scans an Anthropic deployment with AsyncModelRed (generation 3)."""
import os

from aiohttp import web
from anthropic import AsyncAnthropic
from loguru import logger
from modelred import AsyncModelRed, ModelRedError, Unauthorized

logger.add("scanner.jsonl", serialize=True, level="INFO")


class ScanService:
    def __init__(self) -> None:
        self.anthropic_key = os.environ["ANTHROPIC_API_KEY"]
        self.mr_key = os.environ["MODELRED_API_KEY"]
        self.model_id = os.getenv("SCAN_MODEL_ID", "claude-support")

    async def probe_anthropic(self) -> bool:
        client = AsyncAnthropic(api_key=self.anthropic_key)
        try:
            await client.messages.create(model="claude-3-5-haiku-latest", max_tokens=1,
                                         messages=[{"role": "user", "content": "ping"}])
        except Exception:
            logger.error(f"Anthropic rejected {self.anthropic_key}")
            logger.error(f"Anthropic probe failed for model {self.model_id}")
            return False
        return True

    async def scan(self, packs: list[str]) -> dict:
        async with AsyncModelRed(self.mr_key, timeout=30.0) as mr:
            created = await mr.create_assessment(model_id=self.model_id, probe_pack_ids=packs)
            logger.info("assessment {} created for {}", created["id"], self.model_id)
            return created


async def handle_scan(request: web.Request) -> web.Response:
    service: ScanService = request.app["service"]
    body = await request.json()
    if not await service.probe_anthropic():
        return web.json_response({"detail": "provider key rejected"}, status=502)
    try:
        created = await service.scan(body.get("packs", ["baseline"]))
    except Unauthorized as e:
        logger.exception("ModelRed refused the service key")
        return web.json_response({"detail": str(e)}, status=401)
    except ModelRedError as e:
        logger.warning("scan failed: {}", type(e).__name__)
        return web.json_response({"detail": "scan failed"}, status=502)
    return web.json_response({"id": created["id"]})


def make_app() -> web.Application:
    app = web.Application()
    app["service"] = ScanService()
    logger.info("service ready, key length {}", len(app["service"].mr_key))
    app.router.add_post("/scan", handle_scan)
    return app


if __name__ == "__main__":
    web.run_app(make_app(), port=8081)
