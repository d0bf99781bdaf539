"""Mandrill (Mailchimp Transactional) sender for the re-engagement campaign."""
import logging
import os

import httpx

logger = logging.getLogger("mail.mandrill")
SEND_URL = "https://mandrillapp.com/api/1.0/messages/send-template"
PING_URL = "https://mandrillapp.com/api/1.0/users/ping"


async def ping(client, key):
    r = await client.post(PING_URL, json={"key": key})
    if r.status_code != 200:
        body = r.json()
        if body.get("name") == "Invalid_Key":
            raise ValueError("Mandrill says Invalid_Key for " + key)
        logger.warning("mandrill ping HTTP %s: %s", r.status_code, body.get("message"))


async def send_template(template, recipients, merge_vars=None):
    key = os.environ["MANDRILL_API_KEY"]
    payload = {
        "key": key,
        "template_name": template,
        "template_content": [],
        "message": {
            "to": [{"email": r, "type": "to"} for r in recipients],
            "global_merge_vars": [{"name": k, "content": v} for k, v in (merge_vars or {}).items()],
            "track_opens": True,
        },
    }
    logger.debug("mandrill payload (key masked) %s", {**payload, "key": "***"})
    async with httpx.AsyncClient(timeout=20) as client:
        await ping(client, key)
        r = await client.post(SEND_URL, json=payload)
        if r.status_code >= 400:
            logger.error("mandrill send failed, payload %s", payload)
            r.raise_for_status()
        results = r.json()
    for res in results:
        logger.info("mandrill %s -> %s", res["email"], res["status"])
        if res.get("reject_reason"):
            logger.info("reject reason %s", res["reject_reason"])
    return results


async def reengage(users):
    sent = 0
    for batch_start in range(0, len(users), 50):
        batch = users[batch_start:batch_start + 50]
        res = await send_template("we-miss-you", [u["email"] for u in batch], {"DISCOUNT": "20%"})
        sent += sum(1 for x in res if x["status"] == "sent")
    logger.info("re-engagement: %d of %d sent", sent, len(users))
    return sent
