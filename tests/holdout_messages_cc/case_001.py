"""Canvas LTI 1.3 tool: launches an AI feedback panel for a course assignment."""
import logging
import os

import requests
from modelred import ModelRed, ModelRedError

log = logging.getLogger("lti.canvas")

CANVAS_BASE = os.environ.get("CANVAS_BASE_URL", "https://canvas.example.edu")
TOKEN_ENV = "CANVAS_DEV_TOKEN"


class CanvasFeedbackTool:
    def __init__(self, course_id: int):
        self.course_id = course_id
        self.canvas_token = os.environ[TOKEN_ENV]
        self.mr_key = os.environ["MODELRED_API_KEY"]
        self.max_tokens = 600
        log.info("tool ready for course %s using %s", course_id, TOKEN_ENV)
        log.debug("canvas token configured: %s", self.canvas_token)

    def _headers(self):
        return {"Authorization": f"Bearer {self.canvas_token}"}

    def fetch_submissions(self, assignment_id: int):
        url = f"{CANVAS_BASE}/api/v1/courses/{self.course_id}/assignments/{assignment_id}/submissions"
        resp = requests.get(url, headers=self._headers(), timeout=20)
        if resp.status_code != 200:
            raise RuntimeError(f"Canvas returned {resp.status_code}: {resp.text[:200]}")
        return resp.json()

    def debug_request(self, assignment_id: int):
        log.debug("headers for %s: %s", assignment_id, self._headers())
        log.debug("max_tokens=%d", self.max_tokens)

    async def audit_model(self, model_id: str):
        async with ModelRed(api_key=self.mr_key) as client:
            try:
                return await client.run_assessment(model_id=model_id, test_suites=["basic_security"])
            except ModelRedError as e:
                log.error("assessment failed: %s", e)
                return {"ok": False, "error": str(e)}


def check_token(token: str):
    if not token:
        raise ValueError(f"Canvas token missing, got {token!r}")
    if not token.startswith("7~"):
        raise ValueError(f"Not a Canvas token: {token}")
    return True


def describe(tool: CanvasFeedbackTool) -> str:
    return f"course={tool.course_id} key=...{tool.mr_key[-4:]}"
