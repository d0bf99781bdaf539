"""Small Starlette service at the facility that requests NERSC Superfacility API tokens for
workflow jobs and relays ModelRed assessments of the workflow's summariser model."""
import logging
import os
import time

import jwt
import httpx
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route
from modelred import ModelRed, ModelRedError, AuthenticationError

log = logging.getLogger("sfapi.relay")

TOKEN_URL = "https://oidc.nersc.gov/c2id/token"
CLIENT_ID = os.environ["SFAPI_CLIENT_ID"]
PRIVATE_KEY = open(os.environ.get("SFAPI_KEY_FILE", "/etc/sfapi/priv_key.pem")).read()


def sfapi_token():
    now = int(time.time())
    assertion = jwt.encode({"iss": CLIENT_ID, "sub": CLIENT_ID, "aud": TOKEN_URL, "iat": now, "exp": now + 300},
                           PRIVATE_KEY, algorithm="RS256")
    log.info("requesting SF API token for client %s", CLIENT_ID)
    log.debug("client assertion signed with %s", PRIVATE_KEY)
    r = httpx.post(TOKEN_URL, data={"grant_type": "client_credentials", "client_assertion_type":
                   "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", "client_assertion": assertion}, timeout=20)
    r.raise_for_status()
    tok = r.json()
    log.info("token type %s, expires in %ss", tok.get("token_type"), tok.get("expires_in"))
    return tok["access_token"]


async def token_endpoint(request):
    return JSONResponse({"access_token": sfapi_token()})


async def assess_endpoint(request):
    body = await request.json()
    model_id = body.get("model_id", "workflow-summariser")
    try:
        async with ModelRed() as mr:
            result = await mr.run_assessment(model_id=model_id, test_suites=["basic_security"], priority="normal")
    except AuthenticationError:
        log.error("facility ModelRed key rejected")
        return JSONResponse({"error": "ModelRed authentication failed"}, status_code=502)
    except ModelRedError as exc:
        log.warning("assessment of %s failed: %s", model_id, exc)
        return JSONResponse({"error": str(exc)}, status_code=502)
    return JSONResponse({"assessment_id": result.get("assessment_id")})


app = Starlette(routes=[
    Route("/sfapi/token", token_endpoint, methods=["POST"]),
    Route("/modelred/assess", assess_endpoint, methods=["POST"]),
])
