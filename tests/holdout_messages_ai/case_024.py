"""Canvas grade passback for AI-assisted grading: posts rubric scores and comments."""
import logging
import os
from typing import Optional

import requests

gradelog = logging.getLogger("canvas.grades")


class GradePassback:
    TOKEN_HEADER = "Authorization"

    def __init__(self, base_url: str, access_token: Optional[str] = None):
        self.base_url = base_url
        self.access_token = access_token or os.getenv("CANVAS_ACCESS_TOKEN")
        if not self.access_token:
            raise RuntimeError("CANVAS_ACCESS_TOKEN is not set")

    def post_grade(self, course_id: int, assignment_id: int, user_id: int, score: float, comment: str) -> bool:
        url = f"{self.base_url}/api/v1/courses/{course_id}/assignments/{assignment_id}/submissions/{user_id}"
        data = {"submission[posted_grade]": str(score), "comment[text_comment]": comment}
        resp = requests.put(url, data=data, headers={self.TOKEN_HEADER: f"Bearer {self.access_token}"}, timeout=20)
        gradelog.info("PUT grade %s for user %s -> %s", score, user_id, resp.status_code)
        if resp.status_code == 401:
            gradelog.error("Canvas rejected token %s (header %s)", self.access_token, self.TOKEN_HEADER)
            return False
        if resp.status_code == 404:
            raise LookupError(f"no submission for user {user_id} in assignment {assignment_id}")
        resp.raise_for_status()
        return True

    def whoami(self) -> dict:
        r = requests.get(f"{self.base_url}/api/v1/users/self", headers={self.TOKEN_HEADER: f"Bearer {self.access_token}"}, timeout=10)
        me = r.json()
        gradelog.info("token belongs to %s (id %s)", me.get("name"), me.get("id"))
        return me


def run_batch(rows: list[dict]) -> None:
    gp = GradePassback(os.environ.get("CANVAS_URL", "https://canvas.instructure.com"))
    failures = 0
    for row in rows:
        try:
            ok = gp.post_grade(row["course"], row["assignment"], row["user"], row["score"], row["feedback"])
        except requests.HTTPError as exc:
            gradelog.warning("grade for %s failed: %s", row["user"], exc)
            ok = False
        failures += not ok
    if failures:
        raise RuntimeError(f"{failures} grades failed to post with token {gp.access_token}")


if __name__ == "__main__":
    import csv
    with open(os.environ.get("GRADES_CSV", "grades.csv")) as fh:
        run_batch([{**r, "score": float(r["score"])} for r in csv.DictReader(fh)])
