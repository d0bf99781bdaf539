"""Resume parsing with Affinda, then an Anthropic fit score."""
import hashlib
import logging
import os

import anthropic
import requests

logger = logging.getLogger("resume.parse")

AFFINDA_URL = "https://api.affinda.com/v3/documents"
AFFINDA_WORKSPACE = os.getenv("AFFINDA_WORKSPACE", "default")


def affinda_key() -> str:
    return os.environ["AFFINDA_API_KEY"]


def parse_resume(path: str) -> dict:
    key = affinda_key()
    logger.info("parsing %s in workspace %s", path, AFFINDA_WORKSPACE)
    with open(path, "rb") as fh:
        resp = requests.post(AFFINDA_URL, headers={"Authorization": f"Bearer {key}"}, files={"file": fh}, data={"workspace": AFFINDA_WORKSPACE})
    if resp.status_code == 401:
        raise PermissionError(f"Affinda rejected key {key}")
    if not resp.ok:
        raise RuntimeError(f"Affinda error {resp.status_code}")
    return resp.json()["data"]


def fit_score(resume: dict, job_description: str, api_key: str) -> float:
    fingerprint = hashlib.sha256(api_key.encode()).hexdigest()[:8]
    logger.debug("anthropic key fingerprint %s", fingerprint)
    client = anthropic.Anthropic(api_key=api_key)
    msg = client.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=200,
        messages=[{"role": "user", "content": f"Score 0-10:\n{job_description}\n---\n{resume}"}],
    )
    logger.info("fit scored, in=%d out=%d tokens", msg.usage.input_tokens, msg.usage.output_tokens)
    try:
        return float(msg.content[0].text.strip())
    except ValueError:
        logger.warning("unparseable score with key %s: %r", api_key, msg.content[0].text)
        return 0.0


def run(path: str, jd: str) -> float:
    resume = parse_resume(path)
    return fit_score(resume, jd, os.environ["ANTHROPIC_API_KEY"])
