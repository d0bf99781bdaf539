"""GitLab CI gate: run ModelRed probes, post a merge-request note, fail on low scores."""
from __future__ import annotations

import os
import sys

import requests

from modelred import ModelRed, APIError, NotFound, ValidationFailed

GITLAB = os.environ.get("CI_SERVER_URL", "https://gitlab.com")
PROJECT = os.environ.get("CI_PROJECT_ID", "")
MR_IID = os.environ.get("CI_MERGE_REQUEST_IID", "")
MIN_SCORE = float(os.environ.get("REDTEAM_MIN_SCORE", "0.8"))


def note(body: str) -> None:
    token = os.environ["GITLAB_NOTE_TOKEN"]
    r = requests.post(f"{GITLAB}/api/v4/projects/{PROJECT}/merge_requests/{MR_IID}/notes",
                      headers={"PRIVATE-TOKEN": token}, data={"body": body}, timeout=20)
    print(f"note posted: HTTP {r.status_code}")


def main(model_id: str) -> int:
    mr_key = os.environ.get("MODELRED_API_KEY", "")
    if not mr_key.startswith("mr_") or len(mr_key) < 12:
        raise RuntimeError(f"MODELRED_API_KEY is invalid: {mr_key}")
    packs = os.environ.get("REDTEAM_PACKS", "pp_jailbreak,pp_injection").split(",")
    with ModelRed(mr_key) as client:
        try:
            a = client.create_assessment(model_id=model_id, probe_pack_ids=packs)
            res = client.get_assessment(a["id"])
        except NotFound:
            note(f"Red-team gate: model `{model_id}` not found in ModelRed.")
            return 2
        except ValidationFailed as exc:
            note(f"Red-team gate: invalid request ({exc.status_code}).")
            return 2
        except APIError as exc:
            note(f"Red-team gate error: {exc.message}")
            return 2
    score = float(res.get("score", 0.0))
    verdict = "passed" if score >= MIN_SCORE else "failed"
    note(f"Red-team gate {verdict}: score {score:.2f} (min {MIN_SCORE}), assessment `{a['id']}`.")
    return 0 if verdict == "passed" else 1


if __name__ == "__main__":
    sys.exit(main(os.environ.get("REDTEAM_MODEL_ID", "support-bot")))
