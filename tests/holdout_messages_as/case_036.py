import logging
import os

import requests

log = logging.getLogger("social.crosspost")

MASTODON_BASE = os.environ.get("MASTODON_BASE", "https://mastodon.social")
BLUESKY_HANDLE = os.environ.get("BSKY_HANDLE", "newsroom.bsky.social")


def bluesky_session():
    app_password = os.environ["BSKY_APP_PASSWORD"]
    r = requests.post("https://bsky.social/xrpc/com.atproto.server.createSession",
                      json={"identifier": BLUESKY_HANDLE, "password": app_password}, timeout=20)
    if r.status_code != 200:
        log.error("bluesky login failed for %s: %s", BLUESKY_HANDLE, r.json().get("message"))
        raise ConnectionError(f"bluesky login failed for {BLUESKY_HANDLE} with app password {app_password}")
    sess = r.json()
    log.info("bluesky session for %s (did %s)", sess["handle"], sess["did"])
    return sess


def post_bluesky(text, sess):
    return requests.post("https://bsky.social/xrpc/com.atproto.repo.createRecord",
                         headers={"Authorization": f"Bearer {sess['accessJwt']}"},
                         json={"repo": sess["did"], "collection": "app.bsky.feed.post",
                               "record": {"text": text[:300], "createdAt": __import__("datetime").datetime.utcnow().isoformat() + "Z"}},
                         timeout=20)


def post_mastodon(text):
    token = os.environ["MASTODON_ACCESS_TOKEN"]
    r = requests.post(f"{MASTODON_BASE}/api/v1/statuses", headers={"Authorization": f"Bearer {token}"},
                      data={"status": text[:500], "visibility": "public"}, timeout=20)
    log.info("mastodon %s -> %s", MASTODON_BASE, r.status_code)
    if r.status_code == 401:
        log.error("mastodon token %s rejected", token)
    return r


def crosspost(headline, url):
    text = f"{headline} {url}"
    sess = bluesky_session()
    b = post_bluesky(text, sess)
    m = post_mastodon(text)
    log.info("crossposted: bluesky=%s mastodon=%s", b.status_code, m.status_code)
    return b.ok and m.ok


if __name__ == "__main__":
    import sys
    logging.basicConfig(level=logging.INFO)
    print(crosspost(sys.argv[1], sys.argv[2]))
