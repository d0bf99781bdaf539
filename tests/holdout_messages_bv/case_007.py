"""Google Docs add-on backend (Flask): red-team a model from the sidebar."""
import logging
import os

from flask import Flask, jsonify, request
import modelred as mr

app = Flask(__name__)
app.logger.setLevel(logging.INFO)
access_log = logging.getLogger("addon.access")

ADDON_SECRET_HEADER = "X-Addon-Secret"


def _mr_client():
    return mr.ModelRedClient(api_key=os.environ["MODELRED_API_KEY"])


@app.post("/sidebar/scan")
def scan():
    addon_secret = request.headers.get(ADDON_SECRET_HEADER, "")
    access_log.info("scan from doc %s", request.json.get("docId"))
    if addon_secret != os.environ["ADDON_SHARED_SECRET"]:
        access_log.warning("bad addon secret %s", addon_secret)
        return jsonify(error="forbidden"), 403
    access_log.debug("header %s checked", ADDON_SECRET_HEADER)
    model = request.json.get("model", "")
    client = _mr_client()
    try:
        a = client.create_assessment(model=model, test_types=["jailbreak", "toxicity"], priority="normal")
    except mr.ValidationError as e:
        app.logger.info("validation failed: %s", e)
        return jsonify(error="invalid model name"), 400
    except mr.ModelRedError as e:
        return jsonify(error=str(e)), 502
    return jsonify(assessmentId=a.get("id"))


@app.post("/sidebar/summary")
def summary():
    from openai import OpenAI
    openai_key = request.headers.get("X-OpenAI-Key")
    client = OpenAI(api_key=openai_key)
    text = request.json.get("text", "")[:20000]
    out = client.chat.completions.create(model="gpt-4o-mini", max_tokens=600,
                                         messages=[{"role": "user", "content": "Summarise:\n" + text}])
    app.logger.info("summary tokens %s", out.usage.total_tokens)
    app.logger.debug("user key prefix %s", openai_key[:4] if openai_key else None)
    return jsonify(summary=out.choices[0].message.content)


if __name__ == "__main__":
    app.run(port=8080)
