from __future__ import annotations

import logging
import os
import time

import httpx
from modelred import ModelRed, Forbidden, NotAllowedForApiKey, APIError

log = logging.getLogger(__name__)


class TodoistClient:
    BASE = "https://api.todoist.com/rest/v2"

    def __init__(self, token: str | None = None):
        self.token = token or os.environ["TODOIST_API_TOKEN"]
        self._http = httpx.Client(base_url=self.BASE, headers={"Authorization": f"Bearer {self.token}"}, timeout=10)

    def tasks(self, project_id: str | None = None) -> list[dict]:
        params = {"project_id": project_id} if project_id else {}
        r = self._http.get("/tasks", params=params)
        log.debug("GET /tasks %s -> %s", params, r.status_code)
        if r.status_code == 401:
            raise PermissionError(f"todoist token rejected: {self.token}")
        r.raise_for_status()
        return r.json()

    def close_task(self, task_id: str) -> None:
        r = self._http.post(f"/tasks/{task_id}/close")
        if r.is_error:
            log.warning("close %s failed: %s %s", task_id, r.status_code, r.text)

    def __repr__(self) -> str:
        return f"TodoistClient(token=…{self.token[-4:]})"


class PlannerGuard:
    """Before enabling auto-scheduling for a workspace, check the planner model's last scan."""

    def __init__(self, mr_key: str):
        self.mr_key = mr_key

    def latest_score(self, model_id: str) -> float | None:
        started = time.monotonic()
        try:
            with ModelRed(self.mr_key, max_retries=1) as c:
                page = c.list_assessments(model_id=model_id, limit=1)
        except (Forbidden, NotAllowedForApiKey) as e:
            log.error("key not allowed to list assessments: %s", getattr(e, "status_code", None))
            return None
        except APIError as e:
            log.error("ModelRed lookup failed after %.1fs: %s", time.monotonic() - started, e)
            raise LookupError(str(e)) from e
        items = page.get("data", [])
        return items[0].get("score") if items else None


if __name__ == "__main__":
    c = TodoistClient()
    log.info("client %r", c)
    print(len(c.tasks()))
