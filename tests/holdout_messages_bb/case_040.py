"""Export Signals Notebook experiments and check the protocol-drafting model before each export batch."""
from __future__ import annotations

import logging
import os
from typing import Any

import requests
from modelred import ModelRed, APIError, RateLimited, ServerError, Unauthorized

log = logging.getLogger("signals-export")

RETRYABLE = (RateLimited, ServerError)
SIGNALS = os.environ.get("SIGNALS_URL", "https://lab.signalsnotebook.perkinelmercloud.com")


class SignalsExporter:
    def __init__(self, api_key: str, mr_key: str):
        self.api_key = api_key
        self.mr = ModelRed(mr_key, timeout=30.0, max_retries=1)
        self.http = requests.Session()
        self.http.headers.update({"x-api-key": api_key, "Accept": "application/vnd.api+json"})

    def experiments(self, since: str) -> list[dict[str, Any]]:
        r = self.http.get(f"{SIGNALS}/api/rest/v1.0/entities", params={"includeTypes": "experiment", "modifiedSince": since}, timeout=60)
        if r.status_code == 401:
            raise PermissionError(f"Signals rejected api key {self.api_key}")
        log.info("entities since %s -> %s", since, r.status_code)
        return r.json().get("data", [])

    def preflight(self, model_id: str) -> dict[str, Any]:
        """Called by the ELN integration UI before an export; the dict is shown there."""
        try:
            job = self.mr.create_assessment_by_id(model_id=model_id, probe_pack_ids=["pk-protocol-safety"])
            return {"ok": True, "assessment": job["id"]}
        except RETRYABLE as exc:
            log.info("preflight retryable: %s", type(exc).__name__)
            return {"ok": False, "retry": True}
        except Unauthorized:
            return {"ok": False, "error": "ModelRed key not accepted"}
        except APIError as exc:
            return {"ok": False, "error": f"{exc}", "status": exc.status_code}

    def export(self, since: str, outdir: str) -> int:
        n = 0
        for exp in self.experiments(since):
            eid = exp["id"]
            r = self.http.get(f"{SIGNALS}/api/rest/v1.0/entities/{eid}/export", timeout=120)
            with open(os.path.join(outdir, f"{eid}.zip"), "wb") as fh:
                fh.write(r.content)
            n += 1
        log.info("exported %d experiments (x-api-key ...%s)", n, self.api_key[-4:])
        return n


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    exp = SignalsExporter(os.environ["SIGNALS_API_KEY"], os.environ["MODELRED_API_KEY"])
    log.info("preflight: %s", exp.preflight("protocol-drafter-v2"))
    exp.export(os.environ.get("SINCE", "2024-01-01T00:00:00Z"), "/data/signals_export")
