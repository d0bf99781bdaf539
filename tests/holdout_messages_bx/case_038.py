"""Gen-3 ModelRed probe-pack sync for the drone-swarm simulator, with an httpx mock transport in tests."""
import json
import logging
import os
from pathlib import Path

import httpx
from modelred import ModelRed, NotFound, Forbidden, APIError

log = logging.getLogger("swarm.packs")
CACHE = Path(os.getenv("PACK_CACHE", "~/.cache/swarm-packs")).expanduser()


class PackSync:
    def __init__(self, api_key: str, transport: httpx.BaseTransport | None = None):
        self.api_key = api_key
        self.client = ModelRed(api_key, timeout=15.0, transport=transport)
        log.info("pack sync with key ...%s", self.api_key[-4:])

    def sync(self, pack_ids: list[str]) -> dict[str, str]:
        status = {}
        CACHE.mkdir(parents=True, exist_ok=True)
        for pid in pack_ids:
            try:
                data = self.client.get_probe_pack_data(pid)
            except NotFound:
                status[pid] = "missing"
                continue
            except Forbidden as e:
                log.warning("no access to %s (%s) with key %s", pid, type(e).__name__, self.api_key)
                status[pid] = "forbidden"
                continue
            except APIError as e:
                raise RuntimeError(f"probe pack {pid} sync failed: {e}") from e
            (CACHE / f"{pid}.json").write_text(json.dumps(data))
            status[pid] = "ok"
        return status


def fake_transport() -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        log.debug("mock got %s %s auth=%s", request.method, request.url, "authorization" in request.headers)
        return httpx.Response(200, json={"probes": []})
    return httpx.MockTransport(handler)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    key = os.environ["MODELRED_API_KEY"]
    s = PackSync(key, transport=None if os.getenv("LIVE") else fake_transport())
    result = s.sync(["pp-swarm-collision", "pp-geofence-bypass"])
    log.info("sync result: %s", result)
    log.info("pack cache at %s", CACHE)
