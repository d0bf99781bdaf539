"""Celery tasks for the auto-grading pipeline."""
import os

import requests
from celery import Celery
from celery.utils.log import get_task_logger

app = Celery("grading", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
task_log = get_task_logger(__name__)

GRADER_URL = os.environ.get("GRADER_URL", "http://grader:8000/grade")
GRADER_TOKEN = os.environ.get("GRADER_SERVICE_TOKEN")
CANVAS_TOKEN = os.environ.get("CANVAS_API_TOKEN")


@app.task(bind=True, max_retries=3)
def grade_submission(self, submission_id: int, course_id: int, code: str):
    headers = {"X-Grader-Token": GRADER_TOKEN}
    task_log.info("grading submission %s for course %s", submission_id, course_id)
    try:
        r = requests.post(GRADER_URL, json={"code": code}, headers=headers, timeout=120)
        r.raise_for_status()
    except requests.HTTPError as exc:
        task_log.warning("grader said %s: %s", exc.response.status_code, exc.response.text)
        raise self.retry(exc=exc, countdown=30)
    except requests.ConnectionError as exc:
        task_log.error("cannot reach grader with headers %s", headers)
        raise self.retry(exc=exc)
    result = r.json()
    post_grade.delay(course_id, result["assignment_id"], result["user_id"], result["score"])
    return result["score"]


@app.task
def post_grade(course_id, assignment_id, user_id, score):
    url = (f"https://canvas.example.edu/api/v1/courses/{course_id}/assignments/"
           f"{assignment_id}/submissions/{user_id}")
    resp = requests.put(url, params={"submission[posted_grade]": score},
                        headers={"Authorization": f"Bearer {CANVAS_TOKEN}"}, timeout=30)
    if resp.status_code == 401:
        raise PermissionError("Canvas rejected token " + CANVAS_TOKEN)
    if not resp.ok:
        raise RuntimeError(f"Canvas {resp.status_code} for user {user_id}")
    task_log.info("posted %s for user %s", score, user_id)
