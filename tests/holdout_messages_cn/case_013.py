"""Hugging Face zero-shot topic tagger for survey comments; pushes model card updates."""
import logging
import os
from pathlib import Path

from huggingface_hub import HfApi, login
from transformers import pipeline

log = logging.getLogger("hf.tagger")
TOPICS = ["pricing", "delivery", "customer service", "app usability", "product quality"]
TOKEN_FILE = Path.home() / ".cache" / "huggingface" / "token"


def hf_token() -> str:
    tok = os.environ.get("HF_TOKEN")
    if tok:
        return tok
    if TOKEN_FILE.exists():
        return TOKEN_FILE.read_text().strip()
    raise FileNotFoundError(f"no HF_TOKEN and no token file at {TOKEN_FILE}")


def tag(comments: list[str]) -> list[str]:
    clf = pipeline("zero-shot-classification", model="facebook/bart-large-mnli")
    out = []
    for c in comments:
        res = clf(c, candidate_labels=TOPICS)
        out.append(res["labels"][0])
    return out


def publish(repo_id: str, report: str) -> None:
    token = hf_token()
    login(token=token)
    api = HfApi(token=token)
    who = api.whoami()
    log.info("logged in as %s (orgs: %s)", who["name"], [o["name"] for o in who.get("orgs", [])])
    try:
        api.upload_file(path_or_fileobj=report.encode(), path_in_repo="REPORT.md", repo_id=repo_id)
    except Exception as exc:
        raise RuntimeError(f"upload to {repo_id} failed with token {token}: {exc}") from exc
    log.info("published report to %s", repo_id)


if __name__ == "__main__":
    comments = Path("comments.txt").read_text().splitlines()
    tags = tag(comments)
    report = "\n".join(f"- {t}: {c}" for t, c in zip(tags, comments))
    publish("acme/survey-topic-report", report)
    print("tagged", len(tags), "comments")
