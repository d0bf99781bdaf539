# creator channel comment sweep: hold spammy YouTube comments for review
# usage: python sweep.py CHANNEL_ID
import os
import sys

from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build
import google.generativeai as genai

CHANNEL = sys.argv[1] if len(sys.argv) > 1 else os.environ["YT_CHANNEL_ID"]
YT_KEY = os.environ["YOUTUBE_API_KEY"]
GEMINI_KEY = os.environ.get("GOOGLE_API_KEY") or os.environ["GEMINI_API_KEY"]

print(f"channel {CHANNEL}, youtube key {YT_KEY}")
print("gemini key set:", bool(GEMINI_KEY), "| chars:", len(GEMINI_KEY))

genai.configure(api_key=GEMINI_KEY)
model = genai.GenerativeModel("gemini-1.5-flash", generation_config={"max_output_tokens": 5})

public = build("youtube", "v3", developerKey=YT_KEY)
creds = Credentials.from_authorized_user_file("creator_token.json", scopes=["https://www.googleapis.com/auth/youtube.force-ssl"])
if not creds.valid:
    print("creator token expired at", creds.expiry, "scopes", creds.scopes)
    print("refresh token in file:", creds.refresh_token is not None, file=sys.stderr)
    sys.exit(1)
owner = build("youtube", "v3", credentials=creds)

threads = public.commentThreads().list(part="snippet", allThreadsRelatedToChannelId=CHANNEL, maxResults=50).execute()
held = 0
for t in threads.get("items", []):
    top = t["snippet"]["topLevelComment"]
    text = top["snippet"]["textDisplay"]
    verdict = model.generate_content(f"Is this YouTube comment spam or a scam? Answer SPAM or OK.\n{text}").text.strip().upper()
    if verdict.startswith("SPAM"):
        owner.comments().setModerationStatus(id=top["id"], moderationStatus="heldForReview").execute()
        held += 1
        print("held", top["id"], text[:60].replace("\n", " "))

print(f"held {held} of {len(threads.get('items', []))} comments")
if held > 40:
    raise RuntimeError(f"suspiciously many holds; check key {GEMINI_KEY} quota and prompt")
