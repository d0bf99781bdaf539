"""Qualtrics response export: start, poll, download, unzip into the warehouse staging dir."""
import io
import logging
import os
import time
import zipfile

import requests

log = logging.getLogger("qx.export")

DATACENTER = os.environ.get("QUALTRICS_DATACENTER", "iad1")
TOKEN_ENV = "QUALTRICS_API_TOKEN"


class QualtricsExporter:
    def __init__(self, survey_id: str, out_dir: str = "/data/staging/qualtrics"):
        self.survey_id = survey_id
        self.out_dir = out_dir
        self.api_token = os.environ[TOKEN_ENV]
        self.base = f"https://{DATACENTER}.qualtrics.com/API/v3"
        self.headers = {"X-API-TOKEN": self.api_token, "Content-Type": "application/json"}
        log.info("exporter ready for %s on %s (token from %s)", survey_id, DATACENTER, TOKEN_ENV)

    def _post(self, path: str, body: dict) -> dict:
        log.debug("POST %s headers=%s", path, self.headers)
        resp = requests.post(self.base + path, json=body, headers=self.headers, timeout=30)
        if resp.status_code == 401:
            raise PermissionError(f"Qualtrics rejected token {self.api_token} for {self.survey_id}")
        if not resp.ok:
            raise RuntimeError(f"export start failed {resp.status_code}: {resp.text[:300]}")
        return resp.json()["result"]

    def run(self) -> str:
        result = self._post(f"/surveys/{self.survey_id}/export-responses", {"format": "csv", "useLabels": True})
        progress_id = result["progressId"]
        log.info("progress id %s for survey %s", progress_id, self.survey_id)
        while True:
            r = requests.get(f"{self.base}/surveys/{self.survey_id}/export-responses/{progress_id}",
                             headers=self.headers, timeout=30)
            status = r.json()["result"]
            if status["status"] == "complete":
                file_id = status["fileId"]
                break
            if status["status"] == "failed":
                raise RuntimeError(f"export {progress_id} failed on the Qualtrics side")
            time.sleep(2)
        blob = requests.get(f"{self.base}/surveys/{self.survey_id}/export-responses/{file_id}/file",
                            headers=self.headers, timeout=120)
        zipfile.ZipFile(io.BytesIO(blob.content)).extractall(self.out_dir)
        log.info("extracted %d bytes into %s", len(blob.content), self.out_dir)
        return self.out_dir


if __name__ == "__main__":
    QualtricsExporter(os.environ["SURVEY_ID"]).run()
