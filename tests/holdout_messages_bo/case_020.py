# play_review_bot.py - answers Google Play reviews with Gemini; cron script run at top level
import logging
import os

import google.generativeai as genai
from google.oauth2 import service_account
from googleapiclient.discovery import build

logging.basicConfig(level=logging.INFO)
rlog = logging.getLogger("play.reviews")

PACKAGE = os.environ.get("PLAY_PACKAGE", "com.example.chatbuddy")
GOOGLE_KEY_VAR = "GOOGLE_API_KEY"
gemini_key = os.environ[GOOGLE_KEY_VAR]
genai.configure(api_key=gemini_key)
model = genai.GenerativeModel("gemini-1.5-flash")

rlog.info("using %s for package %s", GOOGLE_KEY_VAR, PACKAGE)
if not gemini_key.startswith("AIza"):
    rlog.warning("GOOGLE_API_KEY %s does not look like an API key", gemini_key)

creds = service_account.Credentials.from_service_account_file(
    os.environ["PLAY_SA_FILE"], scopes=["https://www.googleapis.com/auth/androidpublisher"])
play = build("androidpublisher", "v3", credentials=creds)

reviews = play.reviews().list(packageName=PACKAGE, maxResults=50).execute().get("reviews", [])
rlog.info("fetched %d reviews", len(reviews))

answered = 0
for rv in reviews:
    comment = rv["comments"][0]["userComment"]
    if comment.get("starRating", 5) > 3:
        continue
    out = model.generate_content(
        f"Reply briefly and kindly to this app review: {comment['text']}",
        generation_config={"max_output_tokens": 200},
    )
    meta = out.usage_metadata
    rlog.info("review %s: %d candidate tokens", rv["reviewId"], meta.candidates_token_count)
    play.reviews().reply(packageName=PACKAGE, reviewId=rv["reviewId"],
                         body={"replyText": out.text[:350]}).execute()
    answered += 1

rlog.info("answered %d reviews (gemini key ...%s)", answered, gemini_key[-4:])
if answered == 0 and reviews:
    raise RuntimeError(f"nothing answered; check key {gemini_key} and quota")
