"""Okta SSO callback for the internal assistant portal."""
import logging
import os

import requests

log = logging.getLogger("portal.sso")

OKTA_DOMAIN = os.environ["OKTA_DOMAIN"]
OKTA_CLIENT_ID = os.environ["OKTA_CLIENT_ID"]
OKTA_CLIENT_SECRET = os.environ["OKTA_CLIENT_SECRET"]
TOKEN_ENDPOINT = f"https://{OKTA_DOMAIN}/oauth2/default/v1/token"
ID_TOKEN_HINT_PARAM = "id_token_hint"


class OktaCallbackError(Exception):
    pass


def exchange_code(code, redirect_uri):
    data = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": redirect_uri,
    }
    resp = requests.post(TOKEN_ENDPOINT, data=data, auth=(OKTA_CLIENT_ID, OKTA_CLIENT_SECRET), timeout=10)
    if resp.status_code != 200:
        raise OktaCallbackError(f"token endpoint returned {resp.status_code}: {resp.text}")
    tokens = resp.json()
    log.info("okta tokens: type=%s expires_in=%s scope=%s", tokens["token_type"], tokens["expires_in"], tokens.get("scope"))
    log.debug("okta token response %s", tokens)
    return tokens


def userinfo(access_token):
    r = requests.get(f"https://{OKTA_DOMAIN}/oauth2/default/v1/userinfo",
                     headers={"Authorization": f"Bearer {access_token}"}, timeout=10)
    if r.status_code == 401:
        raise OktaCallbackError(f"access token rejected: {access_token}")
    return r.json()


def logout_url(id_token, post_logout):
    log.info("building logout url with param %s", ID_TOKEN_HINT_PARAM)
    return (f"https://{OKTA_DOMAIN}/oauth2/default/v1/logout"
            f"?{ID_TOKEN_HINT_PARAM}={id_token}&post_logout_redirect_uri={post_logout}")


def check_config():
    if not OKTA_CLIENT_SECRET:
        raise OktaCallbackError("OKTA_CLIENT_SECRET is not set")
    log.info("okta client %s on %s", OKTA_CLIENT_ID, OKTA_DOMAIN)
