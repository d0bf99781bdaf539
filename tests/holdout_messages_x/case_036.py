"""GitLab MR gate (generation 3 SDK): assess the candidate model and note the result on the MR."""

import logging
import os
import sys

import gitlab
from modelred import Forbidden, ModelRed, ModelRedError, NotAllowedForApiKey, ServerError

log = logging.getLogger("mr-gate")

RETRYABLE = (ServerError,)


def gitlab_mr():
    gl = gitlab.Gitlab(os.environ["CI_SERVER_URL"], private_token=os.environ["GITLAB_BOT_TOKEN"])
    project = gl.projects.get(os.environ["CI_PROJECT_ID"])
    log.info("project %s MR !%s", project.path_with_namespace, os.environ["CI_MERGE_REQUEST_IID"])
    return project.mergerequests.get(os.environ["CI_MERGE_REQUEST_IID"])


def assess(key: str, model_id: str) -> dict:
    for attempt in range(3):
        try:
            with ModelRed(key, max_retries=1) as client:
                job = client.create_assessment(model_id=model_id, probe_pack_ids=["jailbreak-v2", "pii-leak"])
                return client.get_assessment(job["id"])
        except RETRYABLE as exc:
            log.warning("attempt %d: %s", attempt + 1, exc)
    raise RuntimeError("ModelRed kept failing after 3 attempts")


def main() -> int:
    key = os.environ.get("MODELRED_API_KEY", "")
    if not key.startswith("mr_"):
        log.error("MODELRED_API_KEY is not a ModelRed key (%d chars)", len(key))
        return 2
    mr = gitlab_mr()
    try:
        result = assess(key, os.environ["CANDIDATE_MODEL_ID"])
    except (Forbidden, NotAllowedForApiKey):
        mr.notes.create({"body": "ModelRed gate: this project's key may not run assessments."})
        return 1
    except ModelRedError as err:
        mr.notes.create({"body": f":x: ModelRed gate failed: {err}"})
        return 1
    mr.notes.create({"body": f"ModelRed gate: `{result.get('status')}`, score {result.get('score')}"})
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
