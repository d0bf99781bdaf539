"""Celery tasks delivering assessment results to customer webhooks."""
import hashlib
import hmac
import json
import logging
import time

import requests
from celery import shared_task

from hooks.models import WebhookEndpoint, Delivery

logger = logging.getLogger("hooks.delivery")

SIGNATURE_HEADER = "X-Signature-256"


def _sign(secret, body):
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@shared_task(bind=True, max_retries=6, retry_backoff=True)
def deliver(self, endpoint_id, event):
    ep = WebhookEndpoint.objects.get(pk=endpoint_id)
    body = json.dumps(event, separators=(",", ":")).encode()
    ts = str(int(time.time()))
    headers = {SIGNATURE_HEADER: _sign(ep.signing_secret, ts.encode() + b"." + body), "X-Timestamp": ts}
    try:
        r = requests.post(ep.url, data=body, headers=headers, timeout=10)
    except requests.RequestException as exc:
        logger.warning("delivery to %s failed: %s", ep.url, exc)
        raise self.retry(exc=exc)
    Delivery.objects.create(endpoint=ep, status=r.status_code, event_type=event.get("type"))
    if r.status_code >= 400:
        logger.info("endpoint %s answered %s: %s", ep.pk, r.status_code, r.text[:200])
        if r.status_code == 401:
            logger.warning("endpoint %s rejects signatures made with secret %s", ep.pk, ep.signing_secret)
        raise self.retry(countdown=60)
    return r.status_code


@shared_task
def rotate_secret(endpoint_id):
    import secrets as _s
    ep = WebhookEndpoint.objects.get(pk=endpoint_id)
    new_secret = "whsec_" + _s.token_urlsafe(32)
    ep.previous_secret_sha = hashlib.sha256(ep.signing_secret.encode()).hexdigest()
    ep.signing_secret = new_secret
    ep.save(update_fields=["signing_secret", "previous_secret_sha"])
    logger.info("endpoint %s secret rotated, old sha %s", ep.pk, ep.previous_secret_sha[:12])
    print(f"new webhook secret for {ep.url}: {new_secret}")
    return ep.pk
