"""Launch Nextflow pipelines on Seqera Platform (Tower) from the LIMS run-complete hook."""
import logging
import os

import requests

logger = logging.getLogger("lims.tower")

TOWER_API = os.environ.get("TOWER_API_ENDPOINT", "https://api.cloud.seqera.io")
TOKEN_VAR = "TOWER_ACCESS_TOKEN"


class TowerLauncher:
    def __init__(self, workspace_id: str, compute_env_id: str):
        self.workspace_id = workspace_id
        self.compute_env_id = compute_env_id
        self.token = os.environ[TOKEN_VAR]
        self.headers = {
            "Authorization": f"Bearer {self.token}",
            "Accept": "application/json",
        }
        logger.info("tower workspace=%s compute_env=%s token_var=%s", workspace_id, compute_env_id, TOKEN_VAR)

    def launch(self, pipeline: str, revision: str, params: dict) -> str:
        body = {
            "launch": {
                "computeEnvId": self.compute_env_id,
                "pipeline": pipeline,
                "revision": revision,
                "paramsText": "\n".join(f"{k}: {v}" for k, v in params.items()),
            }
        }
        url = f"{TOWER_API}/workflow/launch?workspaceId={self.workspace_id}"
        logger.debug("POST %s headers=%s", url, self.headers)
        resp = requests.post(url, json=body, headers=self.headers, timeout=30)
        if resp.status_code == 401:
            raise PermissionError(f"Tower refused token {self.token} for workspace {self.workspace_id}")
        if resp.status_code >= 400:
            raise RuntimeError(f"launch failed: {resp.status_code} {resp.text}")
        run_id = resp.json()["workflowId"]
        logger.info("launched %s@%s as %s", pipeline, revision, run_id)
        return run_id

    def status(self, run_id: str) -> str:
        url = f"{TOWER_API}/workflow/{run_id}?workspaceId={self.workspace_id}"
        resp = requests.get(url, headers=self.headers, timeout=30)
        logger.debug("status %s -> %s", run_id, resp.status_code)
        return resp.json()["workflow"]["status"]


def on_run_complete(run: dict) -> str:
    launcher = TowerLauncher(run["workspace"], run["compute_env"])
    params = {"input": run["samplesheet"], "outdir": run["outdir"], "genome": run.get("genome", "GRCh38")}
    logger.info("run %s complete, params=%s", run["id"], params)
    return launcher.launch("nf-core/rnaseq", "3.14.0", params)
