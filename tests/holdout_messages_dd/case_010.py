"""App Store Connect release-notes assistant; scans the notes model with ModelRed gen 2."""
import os
import time

import jwt
import requests
from flask import Flask, jsonify, request
from modelred import ModelRed, ProviderConfig, RateLimitError, NotFoundError, ModelRedError

app = Flask(__name__)

ASC_ISSUER = os.environ["ASC_ISSUER_ID"]
ASC_KEY_ID = os.environ["ASC_KEY_ID"]
ASC_P8 = open(os.environ["ASC_KEY_FILE"]).read()
ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]


def asc_token() -> str:
    now = int(time.time())
    return jwt.encode({"iss": ASC_ISSUER, "iat": now, "exp": now + 900, "aud": "appstoreconnect-v1"},
                      ASC_P8, algorithm="ES256", headers={"kid": ASC_KEY_ID})


@app.get("/builds/<app_id>")
def builds(app_id):
    tok = asc_token()
    r = requests.get(f"https://api.appstoreconnect.apple.com/v1/builds?filter[app]={app_id}",
                     headers={"Authorization": f"Bearer {tok}"}, timeout=20)
    if r.status_code == 401:
        app.logger.warning("ASC 401 for kid=%s token=%s", ASC_KEY_ID, tok)
    app.logger.info("ASC builds %s -> %d (issuer %s)", app_id, r.status_code, ASC_ISSUER)
    return jsonify(r.json())


@app.post("/notes-model/scan")
def scan_notes_model():
    mr = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
    try:
        mr.create_model(modelId="release-notes-claude", provider="anthropic", displayName="Release notes",
                        providerConfig=ProviderConfig.anthropic(api_key=ANTHROPIC_KEY, model_name="claude-3-5-haiku-latest"))
        a = mr.create_assessment(model="release-notes-claude", test_types=["prompt_injection"], priority="high")
    except RateLimitError:
        return jsonify(error="busy, retry later"), 429
    except NotFoundError as e:
        app.logger.info("model missing: %s", e)
        return jsonify(error="model not found"), 404
    except ModelRedError as e:
        return jsonify(error=str(e)), 502
    return jsonify(assessment=a["id"], max_tokens=request.args.get("max_tokens"))
