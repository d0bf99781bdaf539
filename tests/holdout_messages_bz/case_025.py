"""Shared HTTP client for provider admin APIs used by the rotation jobs."""
import logging

import httpx

http_log = logging.getLogger("rotation.http")


class AdminClient:
    def __init__(self, base_url: str, admin_key: str, org_id: str = ""):
        self.base_url = base_url
        self.org_id = org_id
        self.headers = {"Authorization": f"Bearer {admin_key}", "Content-Type": "application/json"}
        if org_id:
            self.headers["OpenAI-Organization"] = org_id
        self._http = httpx.Client(base_url=base_url, headers=self.headers, timeout=30)

    def request(self, method: str, path: str, **kw) -> dict:
        http_log.debug("%s %s%s org=%s", method, self.base_url, path, self.org_id)
        r = self._http.request(method, path, **kw)
        if r.status_code == 401:
            http_log.error("401 from %s with headers %s", path, self.headers)
            raise PermissionError(f"{self.base_url}{path}: unauthorized")
        if r.is_error:
            raise RuntimeError(f"{method} {path} -> {r.status_code}: {r.text[:300]}")
        return r.json()

    def list_project_keys(self, project_id: str) -> list[dict]:
        return self.request("GET", f"/v1/organization/projects/{project_id}/api_keys")["data"]

    def delete_project_key(self, project_id: str, key_id: str) -> None:
        self.request("DELETE", f"/v1/organization/projects/{project_id}/api_keys/{key_id}")
        http_log.info("deleted key %s from project %s", key_id, project_id)

    def close(self) -> None:
        self._http.close()


def prune_old_keys(admin_key: str, project_id: str, keep: set[str]) -> int:
    client = AdminClient("https://api.openai.com", admin_key)
    removed = 0
    try:
        for k in client.list_project_keys(project_id):
            if k["id"] in keep:
                continue
            http_log.info("pruning %s (%s, redacted %s)", k["id"], k.get("name"), k.get("redacted_value"))
            client.delete_project_key(project_id, k["id"])
            removed += 1
    except PermissionError:
        raise PermissionError("admin key %s cannot manage project %s" % (admin_key, project_id))
    finally:
        client.close()
    return removed
