"""Celery tasks for a copy-trading service; followers' broker tokens live in the DB."""
import logging

from celery import Celery
from celery.utils.log import get_task_logger
import requests

app = Celery("copytrade", broker="redis://localhost:6379/0")
tlog = get_task_logger(__name__)
plain = logging.getLogger("copytrade.audit")

BROKER_URL = "https://broker.example/api/v1"


class Follower:
    def __init__(self, row):
        self.id = row["id"]
        self.broker_token = row["broker_token"]
        self.ratio = row["ratio"]


def load_followers(leader_id):
    from .db import fetch_followers
    return [Follower(r) for r in fetch_followers(leader_id)]


@app.task(bind=True, max_retries=3)
def mirror_order(self, leader_id, order):
    for f in load_followers(leader_id):
        qty = round(order["qty"] * f.ratio, 4)
        try:
            resp = requests.post(f"{BROKER_URL}/orders", json={**order, "qty": qty},
                                 headers={"Authorization": f"Bearer {f.broker_token}"}, timeout=10)
        except requests.RequestException as exc:
            tlog.warning("follower %s transport error %s", f.id, exc)
            raise self.retry(exc=exc)
        if resp.status_code == 401:
            tlog.error("follower %s token %s expired", f.id, f.broker_token)
            continue
        plain.info("mirrored %s x%s for follower %s -> %s", order["symbol"], qty, f.id, resp.status_code)


@app.task
def audit_followers(leader_id):
    rows = load_followers(leader_id)
    plain.info("leader %s has %d followers, tokens present: %s", leader_id, len(rows), [bool(r.broker_token) for r in rows])
    return len(rows)
