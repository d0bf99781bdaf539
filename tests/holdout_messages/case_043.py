"""Service layer over the generation-2 client, with a mixed except tuple."""
import logging

import httpx
from modelred import ModelRedClient, ModelRedError, NotFoundError

log = logging.getLogger("svc")


class ScanService:
    def __init__(self, client: ModelRedClient):
        self.client = client

    def status(self, assessment_id: str) -> dict:
        try:
            a = self.client.get_assessment(assessment_id)
        except NotFoundError:
            return {"error": "not found"}
        except (ModelRedError, httpx.HTTPError) as e:
            return {"error": f"backend failed: {e}"}
        return {"status": a.status}

    def probes(self) -> list[str]:
        try:
            return [p.name for p in self.client.list_probes()]
        except ModelRedError as e:
            log.warning("list_probes failed: %s", e)
            return []

    def model_name(self, identifier: str) -> str:
        try:
            return self.client.get_model(identifier).displayName
        except ModelRedError as e:
            return str(e)
