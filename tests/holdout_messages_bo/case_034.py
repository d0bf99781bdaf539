"""Supabase-backed scan history for the mobile dashboard (generation 1 SDK, async, class-heavy)."""
import logging
import os

from modelred import ModelRed, ModelRedError, ModelNotFoundError, NetworkError
from supabase import acreate_client

log = logging.getLogger("history")


class ScanHistory:
    TABLE = "scan_history"

    def __init__(self):
        self.url = os.environ["SUPABASE_URL"]
        self.service_key = os.environ["SUPABASE_SERVICE_ROLE_KEY"]
        self.db = None

    async def connect(self):
        self.db = await acreate_client(self.url, self.service_key)
        log.info("history table %s on %s", self.TABLE, self.url)

    async def record(self, user_id: str, model_id: str) -> dict:
        try:
            async with ModelRed() as client:
                status = await client.get_model(model_id)
        except ModelNotFoundError:
            return {"ok": False, "message": "That model is not registered yet."}
        except NetworkError as e:
            log.warning("network trouble: %s", e)
            return {"ok": False, "message": "Network problem, try again."}
        except ModelRedError as e:
            return {"ok": False, "message": f"ModelRed said: {e}"}
        row = {"user_id": user_id, "model_id": model_id, "status": status.get("status")}
        await self.db.table(self.TABLE).insert(row).execute()
        log.info("recorded %s for %s", model_id, user_id)
        return {"ok": True, "row": row}

    async def purge(self, user_id: str) -> int:
        res = await self.db.table(self.TABLE).delete().eq("user_id", user_id).execute()
        n = len(res.data or [])
        log.info("purged %d rows for %s", n, user_id)
        return n
