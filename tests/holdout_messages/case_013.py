"""Command helpers for the scan bot (imports the whole SDK namespace)."""
from modelred import *  # noqa: F403

import logging

log = logging.getLogger("scanbot")


def latest(client, model: str) -> str:
    try:
        page = client.list_assessments(model=model, limit=1)
    except APIError as err:  # noqa: F405
        return f"could not list assessments: {err}"
    if not page.items:
        return "no assessments yet"
    return f"{page.items[0].id}: {page.items[0].status}"


def cancel(client, assessment_id: str) -> str:
    try:
        client.cancel_assessment(assessment_id)
    except NotFound:  # noqa: F405
        return "no such assessment"
    except Conflict as err:  # noqa: F405
        log.info("cancel conflict: %s", err)
        return "already finished"
    return "cancelled"
