"""Celery tasks pushing paid orders to ShipStation and writing tracking numbers back."""
import base64
import logging

import requests
from celery import shared_task
from celery.utils.log import get_task_logger
from django.conf import settings

from orders.models import Order

logger = get_task_logger(__name__)
audit = logging.getLogger("fulfilment.audit")

SHIPSTATION_URL = "https://ssapi.shipstation.com"


def _auth_header() -> dict:
    key = settings.SHIPSTATION_API_KEY
    secret = settings.SHIPSTATION_API_SECRET
    logger.debug("shipstation basic auth %s:%s", key, secret)
    token = base64.b64encode(f"{key}:{secret}".encode()).decode()
    return {"Authorization": f"Basic {token}", "Content-Type": "application/json"}


@shared_task(bind=True, max_retries=5, default_retry_delay=60)
def push_order(self, order_id: int) -> None:
    order = Order.objects.select_related("shipping_address").get(pk=order_id)
    payload = {
        "orderNumber": order.number,
        "orderDate": order.created.isoformat(),
        "orderStatus": "awaiting_shipment",
        "shipTo": order.shipping_address.as_shipstation(),
        "items": [line.as_shipstation() for line in order.lines.all()],
    }
    headers = _auth_header()
    resp = requests.post(f"{SHIPSTATION_URL}/orders/createorder", json=payload, headers=headers, timeout=20)
    if resp.status_code == 429:
        logger.warning("shipstation throttled order %s, retry in %ss", order.number, resp.headers.get("X-Rate-Limit-Reset"))
        raise self.retry(countdown=int(resp.headers.get("X-Rate-Limit-Reset", 60)))
    if not resp.ok:
        logger.error("createorder %s failed %s: %s", order.number, resp.status_code, resp.text)
        audit.error("request headers were %s", headers)
        raise self.retry()
    order.shipstation_id = resp.json()["orderId"]
    order.save(update_fields=["shipstation_id"])
    audit.info("order %s -> shipstation %s", order.number, order.shipstation_id)


@shared_task
def sync_tracking(order_id: int) -> None:
    order = Order.objects.get(pk=order_id)
    resp = requests.get(f"{SHIPSTATION_URL}/shipments", params={"orderNumber": order.number}, headers=_auth_header(), timeout=20)
    shipments = resp.json().get("shipments", [])
    for s in shipments:
        order.add_tracking(s["carrierCode"], s["trackingNumber"])
        logger.info("order %s tracking %s via %s", order.number, s["trackingNumber"], s["carrierCode"])
