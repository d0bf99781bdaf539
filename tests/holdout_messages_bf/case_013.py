# Garmin Health API push consumer (OAuth 1.0a). Plain functions, Celery worker.
import logging

from celery import Celery
from requests_oauthlib import OAuth1Session

from wellness.secrets import read_secret

app = Celery("garmin_push", broker="redis://localhost:6379/3")
logger = logging.getLogger("garmin.push")

CONSUMER_KEY = read_secret("garmin/consumer_key")
CONSUMER_SECRET = read_secret("garmin/consumer_secret")


def garmin_session(user_token, user_token_secret):
    return OAuth1Session(CONSUMER_KEY, client_secret=CONSUMER_SECRET, resource_owner_key=user_token, resource_owner_secret=user_token_secret)


@app.task(bind=True, max_retries=5)
def pull_dailies(self, athlete_id, user_token, user_token_secret, callback_url):
    sess = garmin_session(user_token, user_token_secret)
    try:
        resp = sess.get(callback_url, timeout=30)
    except Exception as exc:
        logger.warning("garmin pull for %s failed: %s", athlete_id, exc)
        raise self.retry(exc=exc, countdown=60)
    if resp.status_code == 401:
        logger.error("garmin rejected athlete %s: token=%s secret=%s", athlete_id, user_token, user_token_secret)
        return {"athlete": athlete_id, "status": 401}
    summaries = resp.json()
    logger.info("athlete %s: %d daily summaries, http %s", athlete_id, len(summaries), resp.status_code)
    return {"athlete": athlete_id, "count": len(summaries)}


@app.task
def deregister(athlete_id, user_token):
    logger.info("deregistering athlete %s", athlete_id)
    if not user_token:
        raise ValueError(f"athlete {athlete_id} has no user token ({user_token!r})")
    return {"athlete": athlete_id, "deregistered": True}


def startup_check():
    if not CONSUMER_SECRET or len(CONSUMER_SECRET) < 20:
        raise RuntimeError("Garmin consumer secret looks invalid: %r" % CONSUMER_SECRET)
    logger.info("garmin consumer configured, secret length %d", len(CONSUMER_SECRET))


startup_check()
