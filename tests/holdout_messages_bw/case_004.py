"""Podcast RSS host: per-show private feed tokens, transcript generation with Whisper."""
import hashlib
import logging
import secrets

from fastapi import FastAPI, Header, HTTPException
from openai import OpenAI

app = FastAPI()
log = logging.getLogger("feeds")
oai = OpenAI()

SHOWS = {}
FEED_TOKEN_PARAM = "private_token"


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:10]


@app.post("/shows/{slug}/private-feed")
def rotate_feed(slug: str, x_admin_token: str = Header(...)):
    if x_admin_token != SHOWS.get(slug, {}).get("admin_token"):
        raise HTTPException(403, detail=f"bad admin token {x_admin_token}")
    feed_token = secrets.token_urlsafe(24)
    SHOWS[slug]["feed_token"] = feed_token
    log.info("rotated feed for %s fp=%s", slug, token_fingerprint(feed_token))
    log.info("query param name is %s", FEED_TOKEN_PARAM)
    return {"url": f"https://feeds.example.fm/{slug}.xml?{FEED_TOKEN_PARAM}={feed_token}"}


@app.get("/feeds/{slug}.xml")
def private_feed(slug: str, private_token: str = ""):
    show = SHOWS.get(slug)
    if show is None:
        raise HTTPException(404, detail=f"no show {slug}")
    if private_token != show["feed_token"]:
        log.warning("feed %s: rejected token %s", slug, private_token)
        raise HTTPException(401, detail="invalid feed token")
    return show["rss"]


@app.post("/episodes/{ep_id}/transcribe")
def transcribe(ep_id: str):
    path = f"/srv/audio/{ep_id}.mp3"
    with open(path, "rb") as fh:
        tr = oai.audio.transcriptions.create(model="whisper-1", file=fh, response_format="srt")
    log.info("transcribed %s (%d chars)", ep_id, len(tr))
    return {"srt": tr}


@app.get("/health")
def health():
    return {"shows": len(SHOWS), "tokens": sum(1 for s in SHOWS.values() if s.get("feed_token"))}
