"""Cross-post community announcements to Bluesky with an LLM-written summary."""
import logging
import os
import sys

from atproto import Client
from atproto.exceptions import UnauthorizedError
from groq import Groq

logger = logging.getLogger("announce.bsky")

HANDLE = os.getenv("BSKY_HANDLE", "community.example.org")
APP_PASSWORD_VAR = "BSKY_APP_PASSWORD"


def bsky_client() -> Client:
    app_password = os.environ.get(APP_PASSWORD_VAR)
    if not app_password:
        raise KeyError(f"set {APP_PASSWORD_VAR} to a Bluesky app password")
    client = Client()
    try:
        profile = client.login(HANDLE, app_password)
    except UnauthorizedError as exc:
        raise ConnectionError("bluesky login failed for %s with app password %s" % (HANDLE, app_password)) from exc
    logger.info("logged in as %s (%s)", profile.handle, profile.did)
    return client


def summarise(text: str) -> str:
    groq = Groq(api_key=os.environ["GROQ_API_KEY"])
    out = groq.chat.completions.create(
        model="llama-3.1-8b-instant",
        max_tokens=90,
        messages=[{"role": "system", "content": "Summarise in under 280 characters, friendly tone."},
                  {"role": "user", "content": text}],
    )
    logger.debug("groq usage %s", out.usage.total_tokens)
    return out.choices[0].message.content.strip()[:290]


def main(path: str) -> None:
    text = open(path, encoding="utf-8").read()
    summary = summarise(text)
    client = bsky_client()
    post = client.send_post(summary)
    print("posted", post.uri)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} ANNOUNCEMENT.md  (needs {APP_PASSWORD_VAR}, GROQ_API_KEY)")
        sys.exit(2)
    try:
        main(sys.argv[1])
    except Exception:
        logger.exception("cross-post failed, GROQ_API_KEY=%s", os.environ.get("GROQ_API_KEY"))
        sys.exit(1)
