"""Snakemake --wms-monitor helpers (panoptes), imported from the Snakefile."""
import json
import logging
import os
import urllib.error
import urllib.request

logger = logging.getLogger("snakemake.monitor")

PANOPTES_URL = os.environ.get("PANOPTES_URL", "http://panoptes.lab.internal:5000")
PANOPTES_TOKEN_VAR = "PANOPTES_TOKEN"
MONITOR_ARG_TEMPLATE = "--wms-monitor {url} --wms-monitor-arg name={name}"


def monitor_args(run_name: str) -> str:
    return MONITOR_ARG_TEMPLATE.format(url=PANOPTES_URL, name=run_name)


def _post(path: str, body: dict, token: str) -> int:
    req = urllib.request.Request(
        f"{PANOPTES_URL}{path}",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Token {token}"},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status
    except urllib.error.HTTPError as err:
        logger.warning("panoptes %s -> %s: %s", path, err.code, err.read()[:200])
        return err.code


def register_run(run_name: str, token: str | None = None) -> str | None:
    token = token or os.environ.get(PANOPTES_TOKEN_VAR)
    if token is None:
        logger.info("%s not set; monitoring disabled", PANOPTES_TOKEN_VAR)
        return None
    status = _post("/create_workflow", {"name": run_name}, token)
    if status == 401:
        logger.error("panoptes refused token %r for run %s", token, run_name)
        return None
    logger.info("registered %s (status %s)", run_name, status)
    return monitor_args(run_name)


def report_rule(run_name: str, rule: str, state: str, token: str) -> None:
    status = _post("/update_workflow_status", {"name": run_name, "rule": rule, "state": state}, token)
    if status >= 400:
        raise RuntimeError("panoptes update for %s/%s failed, token=%s" % (run_name, rule, token))
