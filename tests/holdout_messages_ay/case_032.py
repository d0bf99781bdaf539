"""NetSuite RESTlet client (OAuth 1.0a via requests-oauthlib) for item fulfilment updates from the MES."""
import logging
import os

from requests_oauthlib import OAuth1Session

log = logging.getLogger("ns.restlet")

RESTLET_URL = os.getenv("NS_RESTLET_URL", "https://1234567.restlets.api.netsuite.com/app/site/hosting/restlet.nl")
SCRIPT, DEPLOY = "customscript_mes_fulfil", "customdeploy_mes_fulfil"


def ns_session(realm):
    creds = {
        "client_key": os.environ["NS_CONSUMER_KEY"],
        "client_secret": os.environ["NS_CONSUMER_SECRET"],
        "resource_owner_key": os.environ["NS_TOKEN_ID"],
        "resource_owner_secret": os.environ["NS_TOKEN_SECRET"],
    }
    log.debug("OAuth1 fields present: %s", [k for k, v in creds.items() if v])
    session = OAuth1Session(**creds, realm=realm, signature_method="HMAC-SHA256")
    session.ns_creds = creds
    return session


def post_fulfilment(session, sales_order, lines):
    payload = {"salesOrder": sales_order, "lines": lines}
    r = session.post(RESTLET_URL, params={"script": SCRIPT, "deploy": DEPLOY}, json=payload, timeout=45)
    if r.status_code == 401:
        log.error("INVALID_LOGIN for realm %s, oauth creds %s", session.auth.client.realm, session.ns_creds)
        return None
    if r.status_code >= 400:
        log.warning("RESTlet %s/%s error %s: %s", SCRIPT, DEPLOY, r.status_code, r.text[:300])
        return None
    body = r.json()
    log.info("fulfilment %s created for SO %s", body.get("id"), sales_order)
    return body.get("id")


def rotate_token(new_secret, session):
    if len(new_secret) != 64:
        raise ValueError("token secret must be 64 hex chars, got %d: %s" % (len(new_secret), new_secret))
    session.ns_creds["resource_owner_secret"] = new_secret
    log.info("token secret rotated (len=%d)", len(new_secret))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    s = ns_session(os.getenv("NS_REALM", "1234567"))
    print(post_fulfilment(s, "SO-100234", [{"item": "FG-2001", "qty": 40}]))
