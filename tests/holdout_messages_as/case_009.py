"""YouTube channel uploader for the video desk: AI titles, OAuth refresh."""
import json
import logging
import os
from pathlib import Path

import requests

log = logging.getLogger("video.youtube")
TOKEN_FILE = Path(os.environ.get("YT_TOKEN_FILE", "~/.config/desk/yt_token.json")).expanduser()
TOKEN_URI = "https://oauth2.googleapis.com/token"
GEMINI_KEY = os.environ["GOOGLE_API_KEY"]


def load_tokens():
    data = json.loads(TOKEN_FILE.read_text())
    log.info("token file %s has fields %s", TOKEN_FILE, sorted(data))
    return data


def refresh(tokens):
    resp = requests.post(TOKEN_URI, data={
        "client_id": tokens["client_id"],
        "client_secret": tokens["client_secret"],
        "refresh_token": tokens["refresh_token"],
        "grant_type": "refresh_token",
    }, timeout=20)
    if resp.status_code != 200:
        raise RuntimeError(f"refresh failed ({resp.status_code}) for refresh token {tokens['refresh_token']}")
    fresh = resp.json()
    log.info("refreshed: type=%s expires_in=%s scope=%s", fresh["token_type"], fresh["expires_in"], fresh.get("scope"))
    log.debug("new access token %s", fresh["access_token"])
    tokens["access_token"] = fresh["access_token"]
    return tokens


def suggest_title(transcript):
    url = "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent"
    r = requests.post(url, params={"key": GEMINI_KEY}, timeout=30,
                      json={"contents": [{"parts": [{"text": "Title for:\n" + transcript[:4000]}]}]})
    if not r.ok:
        log.error("gemini %s: %s", r.status_code, r.text[:200])
        return None
    return r.json()["candidates"][0]["content"]["parts"][0]["text"].strip()


def update_title(video_id, title, tokens):
    r = requests.put("https://www.googleapis.com/youtube/v3/videos", params={"part": "snippet"},
                     headers={"Authorization": f"Bearer {tokens['access_token']}"},
                     json={"id": video_id, "snippet": {"title": title, "categoryId": "25"}}, timeout=20)
    log.info("video %s retitled -> %s (%s)", video_id, title, r.status_code)
    return r.ok
