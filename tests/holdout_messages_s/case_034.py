"""Export assessment reports for the compliance dashboard (generation-3 SDK)."""
import csv
import io
import logging
import os

from modelred import ModelRed
from modelred import NotFound as AssessmentMissing, Forbidden, APIError

log = logging.getLogger("reports.export")


def export(assessment_ids: list[str]) -> dict:
    rows, problems = [], []
    with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
        for aid in assessment_ids:
            try:
                a = client.get_assessment(aid)
            except AssessmentMissing:
                problems.append({"assessment_id": aid, "reason": "missing"})
                continue
            except Forbidden:
                problems.append({"assessment_id": aid, "reason": "forbidden", "status": 403})
                continue
            except APIError as e:
                log.warning("export of %s failed: %s", aid, e)
                problems.append({"assessment_id": aid, "reason": type(e).__name__})
                continue
            rows.append({"id": a["id"], "model": a.get("model_id"), "score": a.get("score"), "status": a["status"]})
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["id", "model", "score", "status"])
    writer.writeheader()
    writer.writerows(rows)
    return {"csv": buf.getvalue(), "problems": problems, "count": len(rows)}


def export_pack(pack_id: str) -> dict:
    with ModelRed(os.environ["MODELRED_API_KEY"]) as client:
        try:
            pack = client.get_probe_pack(pack_id)
        except APIError as e:
            return {"pack_id": pack_id, "error": getattr(e, "message", str(e))}
    return {"pack_id": pack_id, "name": pack.get("name"), "probes": len(pack.get("probes", []))}


def upload(report: dict, bucket_url: str, upload_token: str) -> None:
    import requests

    r = requests.put(bucket_url, data=report["csv"], headers={"Authorization": f"Bearer {upload_token}"}, timeout=30)
    if r.status_code >= 300:
        raise RuntimeError(f"upload to {bucket_url} failed: {r.status_code} {r.text[:200]}")
    log.info("uploaded %d rows", report["count"])
