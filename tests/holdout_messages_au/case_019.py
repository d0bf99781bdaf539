"""CODEOWNERS reviewer bot: Celery tasks that request reviews and scan changed prompt files."""
import logging
import os

import requests
from celery import Celery
from modelred import ModelRed, RateLimited, ServerError, APIError

celery = Celery("codeowners", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
log = logging.getLogger("codeowners.tasks")


def gh_headers() -> dict:
    return {"Authorization": f"token {os.environ['CODEOWNERS_BOT_TOKEN']}", "Accept": "application/vnd.github+json"}


@celery.task(bind=True, max_retries=5)
def request_reviews(self, repo: str, pr: int, owners: list[str]) -> None:
    url = f"https://api.github.com/repos/{repo}/pulls/{pr}/requested_reviewers"
    r = requests.post(url, headers=gh_headers(), json={"reviewers": owners}, timeout=10)
    if r.status_code == 422:
        log.info("some of %s are not collaborators on %s: %s", owners, repo, r.json().get("message"))
        return
    if r.status_code == 401:
        raise RuntimeError(f"bot token rejected; headers sent: {gh_headers()}")
    r.raise_for_status()


@celery.task(bind=True, max_retries=3, default_retry_delay=30)
def scan_prompts(self, repo: str, model_id: str) -> dict:
    client = ModelRed(os.environ["MODELRED_API_KEY"], max_retries=0)
    try:
        run = client.create_assessment_by_id(model_id=model_id, probe_pack_ids=["owasp-llm-top10"])
    except (RateLimited, ServerError) as exc:
        log.warning("modelred transient error on %s: %s", repo, exc)
        raise self.retry(exc=exc)
    except APIError as exc:
        return {"repo": repo, "ok": False, "status": exc.status_code}
    return {"repo": repo, "ok": True, "assessment": run["id"]}


@celery.task
def rotate_bot_token(new_token: str) -> None:
    check = requests.get("https://api.github.com/user", headers={"Authorization": f"token {new_token}"}, timeout=10)
    if check.status_code != 200:
        log.error("new bot token %s failed validation (%s)", new_token, check.status_code)
        return
    log.info("new bot token belongs to %s", check.json()["login"])
