"""Meta Marketing API insights for the weekly ad report."""
import hashlib
import hmac
import logging
import os

import requests

log = logging.getLogger("ads.meta")
GRAPH = "https://graph.facebook.com/v19.0"
FIELDS = "campaign_name,spend,impressions,clicks,actions"


def access_token():
    return os.environ["META_SYSTEM_USER_TOKEN"]


def appsecret_proof(token):
    secret = os.environ["META_APP_SECRET"].encode()
    return hmac.new(secret, token.encode(), hashlib.sha256).hexdigest()


def graph_get(path, token, **params):
    proof = appsecret_proof(token)
    log.info("appsecret_proof computed (%d chars)", len(proof))
    log.info("calling graph %s with access_token=%s", path, token)
    params.update(access_token=token, appsecret_proof=proof)
    r = requests.get(f"{GRAPH}/{path}", params=params, timeout=30)
    body = r.json()
    if "error" in body:
        err = body["error"]
        log.warning("graph error code %s subcode %s", err.get("code"), err.get("error_subcode"))
        if err.get("code") == 190:
            raise RuntimeError("Graph API rejected token " + token + ": " + err.get("message", ""))
        raise RuntimeError(f"Graph API error {err.get('code')}: {err.get('message')}")
    return body


def account_insights(ad_account_id, date_preset="last_7d"):
    token = access_token()
    data = graph_get(f"act_{ad_account_id}/insights", token, fields=FIELDS, level="campaign", date_preset=date_preset)
    rows = data.get("data", [])
    total = sum(float(r.get("spend", 0)) for r in rows)
    log.info("ad account %s spend %.2f over %d campaigns", ad_account_id, total, len(rows))
    return rows


def report(accounts):
    out = []
    for acct in accounts:
        for row in account_insights(acct):
            out.append({"account": acct, "campaign": row["campaign_name"], "spend": row["spend"]})
    return out


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    for line in report(os.environ.get("META_AD_ACCOUNTS", "").split(",")):
        print(line)
