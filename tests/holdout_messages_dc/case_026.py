"""ConvertKit (Kit) broadcast drafts written by a local LLM, plus a nightly tag cleanup."""
import argparse
import logging
import os

import requests

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
log = logging.getLogger("kit")

KIT_V3 = "https://api.convertkit.com/v3"
OLLAMA = os.getenv("OLLAMA_HOST", "http://localhost:11434")


def draft_broadcast(topic: str, num_predict: int = 500) -> str:
    r = requests.post(f"{OLLAMA}/api/generate", json={"model": "llama3.1", "prompt": f"Newsletter about {topic}", "options": {"num_predict": num_predict}, "stream": False}, timeout=120)
    data = r.json()
    log.info("draft: %d eval tokens", data.get("eval_count", 0))
    return data["response"]


def create_broadcast(api_secret: str, subject: str, content: str) -> int:
    r = requests.post(f"{KIT_V3}/broadcasts", json={"api_secret": api_secret, "subject": subject, "content": content, "public": False}, timeout=30)
    if r.status_code == 401:
        log.error("kit refused api_secret=%s", api_secret)
        return 0
    log.info("broadcast created: %s", r.json()["broadcast"]["id"])
    return r.json()["broadcast"]["id"]


def cleanup_tags(api_secret: str, prefix: str) -> None:
    tags = requests.get(f"{KIT_V3}/tags", params={"api_secret": api_secret}, timeout=30).json()["tags"]
    stale = [t for t in tags if t["name"].startswith(prefix)]
    log.info("%d stale tags with prefix %s", len(stale), prefix)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("topic")
    p.add_argument("--api-secret", default=os.environ.get("KIT_API_SECRET"))
    p.add_argument("--verbose", action="store_true")
    args = p.parse_args()
    if args.verbose:
        log.info("args: topic=%s verbose=%s", args.topic, args.verbose)
        log.info("parsed args %s", vars(args))
    content = draft_broadcast(args.topic)
    create_broadcast(args.api_secret, f"This week: {args.topic}", content)
    cleanup_tags(args.api_secret, "tmp-")


if __name__ == "__main__":
    main()
