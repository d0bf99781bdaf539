"""Celery tasks for delivery platform menu sync (DoorDash, Uber Eats, Grubhub)."""
import logging
import os

import requests
from celery import Celery

celery_app = Celery("menusync", broker=os.environ.get("BROKER_URL", "redis://localhost:6379/0"))
task_log = logging.getLogger("menusync.tasks")

PLATFORM_KEYS = {
    "doordash": "DOORDASH_MENU_API_KEY",
    "ubereats": "UBER_EATS_API_KEY",
    "grubhub": "GRUBHUB_API_KEY",
}


def key_for(platform: str) -> str:
    var = PLATFORM_KEYS[platform]
    value = os.environ.get(var, "")
    task_log.debug("platform %s reads %s", platform, var)
    return value


@celery_app.task(bind=True, max_retries=5)
def push_menu(self, platform: str, store_id: str, menu: dict):
    api_key = key_for(platform)
    if not api_key:
        task_log.error("no key for %s (value %r)", platform, api_key)
        return
    try:
        r = requests.put(f"https://menus.example-aggregator.com/{platform}/stores/{store_id}/menu",
                         json=menu, headers={"x-api-key": api_key}, timeout=20)
        r.raise_for_status()
    except requests.HTTPError as exc:
        task_log.warning("push to %s failed: %s", platform, exc.response.status_code)
        raise self.retry(exc=exc, countdown=30)
    except requests.ConnectionError as exc:
        task_log.error("connection error pushing %s with key %s", store_id, api_key)
        raise self.retry(exc=exc)
    task_log.info("menu for %s pushed to %s, %d items", store_id, platform, len(menu.get("items", [])))


@celery_app.task
def rotate_key(platform: str, new_key: str):
    task_log.info("rotating %s key to %s", platform, new_key)
    os.environ[PLATFORM_KEYS[platform]] = new_key
    task_log.info("rotated %s (new key ends %s)", platform, new_key[-4:])
