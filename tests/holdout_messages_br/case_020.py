"""Auth0 Actions-style rules ported to Python for the assistant's login flow."""
import logging
import os

import jwt
import requests

logger = logging.getLogger("auth0.rules")
AUTH0_DOMAIN = os.environ["AUTH0_DOMAIN"]
MGMT_TOKEN_VAR = "AUTH0_MGMT_TOKEN"
ROLE_CLAIM = "https://assistant.corp/roles"


def mgmt_token():
    return os.environ[MGMT_TOKEN_VAR]


def roles_for(user_id):
    token = mgmt_token()
    r = requests.get(f"https://{AUTH0_DOMAIN}/api/v2/users/{user_id}/roles",
                     headers={"Authorization": f"Bearer {token}"}, timeout=5)
    if r.status_code == 401:
        raise PermissionError(f"management token {token} rejected for {user_id}")
    r.raise_for_status()
    return [x["name"] for x in r.json()]


def on_login(event):
    user = event["user"]
    roles = roles_for(user["user_id"])
    logger.info("login %s roles=%s claim=%s", user["email"], roles, ROLE_CLAIM)
    return {ROLE_CLAIM: roles}


def verify_id_token(id_token, audience):
    jwks = jwt.PyJWKClient(f"https://{AUTH0_DOMAIN}/.well-known/jwks.json")
    key = jwks.get_signing_key_from_jwt(id_token)
    try:
        return jwt.decode(id_token, key.key, algorithms=["RS256"], audience=audience)
    except jwt.ExpiredSignatureError:
        logger.info("expired id token for aud %s", audience)
        raise
    except jwt.InvalidTokenError as exc:
        logger.warning("invalid id token %s: %s", id_token, exc)
        raise


def token_summary(claims):
    logger.info("token sub=%s exp=%s iat=%s", claims["sub"], claims["exp"], claims["iat"])
    return claims["sub"]
