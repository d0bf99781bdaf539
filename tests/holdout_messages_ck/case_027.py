"""Job-posting distributor (Indeed / LinkedIn) with a small plugin registry."""
import logging
import os
from typing import Callable

logger = logging.getLogger("distributor")

POSTERS: dict = {}
LINKEDIN_TOKEN_FIELD = "linkedin_access_token"
MAX_TOKENS_PER_POST = 300


def poster(name: str) -> Callable:
    def deco(fn):
        POSTERS[name] = fn
        return fn
    return deco


@poster("indeed")
def post_indeed(job: dict, creds: dict) -> str:
    import requests
    r = requests.post("https://apis.indeed.com/graphql", headers={"Authorization": f"Bearer {creds['indeed_token']}"}, json={"query": "mutation { createJob }", "variables": job})
    logger.info("indeed post %s -> %s", job["id"], r.status_code)
    return r.json().get("data", {}).get("jobPostingId", "")


@poster("linkedin")
def post_linkedin(job: dict, creds: dict) -> str:
    import requests
    token = creds[LINKEDIN_TOKEN_FIELD]
    r = requests.post("https://api.linkedin.com/rest/simpleJobPostings", headers={"Authorization": f"Bearer {token}", "LinkedIn-Version": "202401"}, json={"elements": [job]})
    if r.status_code == 401:
        raise PermissionError(f"LinkedIn token {token} expired; re-run the OAuth flow")
    return r.headers.get("x-restli-id", "")


def load_creds() -> dict:
    return {"indeed_token": os.environ["INDEED_TOKEN"], LINKEDIN_TOKEN_FIELD: os.environ["LINKEDIN_TOKEN"], "region": os.getenv("REGION", "us")}


def distribute(job: dict, boards: list) -> dict:
    creds = load_creds()
    logger.info("distributing %s to %s in region %s", job["id"], boards, creds["region"])
    logger.debug("token field %s, max tokens per post %d", LINKEDIN_TOKEN_FIELD, MAX_TOKENS_PER_POST)
    results = {}
    for b in boards:
        try:
            results[b] = POSTERS[b](job, creds)
        except KeyError:
            logger.error("no poster %r; creds were %s", b, creds)
    return results
