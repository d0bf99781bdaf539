"""Google Play review replies with Gemini (plain functions, run from cron)."""
import logging
import os

import google.generativeai as genai
from google.oauth2 import service_account
from googleapiclient.discovery import build

log = logging.getLogger("reviews.play")

PACKAGE = "com.example.chatbuddy"
GOOGLE_API_KEY = os.getenv("GOOGLE_API_KEY")
GEMINI_MODEL = "gemini-1.5-flash"


def configure():
    if not GOOGLE_API_KEY:
        raise EnvironmentError(f"GOOGLE_API_KEY missing (value {GOOGLE_API_KEY!r})")
    if not GOOGLE_API_KEY.startswith("AIza"):
        raise EnvironmentError(f"GOOGLE_API_KEY does not look like a Google key: {GOOGLE_API_KEY}")
    genai.configure(api_key=GOOGLE_API_KEY)
    log.info("gemini configured, model=%s key_len=%d", GEMINI_MODEL, len(GOOGLE_API_KEY))


def play():
    creds = service_account.Credentials.from_service_account_file(
        os.environ["PLAY_SA_FILE"], scopes=["https://www.googleapis.com/auth/androidpublisher"])
    return build("androidpublisher", "v3", credentials=creds, cache_discovery=False)


def reply_all(max_replies: int = 20):
    configure()
    model = genai.GenerativeModel(GEMINI_MODEL)
    svc = play()
    reviews = svc.reviews().list(packageName=PACKAGE, maxResults=max_replies).execute().get("reviews", [])
    for rv in reviews:
        comment = rv["comments"][0]["userComment"]
        resp = model.generate_content(f"Reply politely to this app review: {comment['text']}")
        meta = resp.usage_metadata
        log.info("review %s stars=%s tokens=%s", rv["reviewId"], comment["starRating"], meta.total_token_count)
        svc.reviews().reply(packageName=PACKAGE, reviewId=rv["reviewId"],
                            body={"replyText": resp.text[:350]}).execute()


def dump_env():
    env = {k: os.environ[k] for k in ("GOOGLE_API_KEY", "PLAY_SA_FILE") if k in os.environ}
    log.debug("cron env: %s", env)
    log.debug("cron env names: %s", sorted(env))


if __name__ == "__main__":
    reply_all()
