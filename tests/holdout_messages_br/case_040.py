"""Internal tool settings page (Flask): test the ModelRed and Anthropic keys an admin pasted (gen 1)."""
import asyncio
import logging

from flask import Flask, request, render_template_string
from anthropic import Anthropic, AuthenticationError as AnthropicAuthError
from modelred import ModelRed, ModelRedError, AuthenticationError

app = Flask(__name__)
log = logging.getLogger("settings.test")
PAGE = "<form method=post><input name=mr_key type=password><input name=anthropic_key type=password><button>Test</button></form>{{ msg }}"


async def _validate(mr_key):
    async with ModelRed(api_key=mr_key) as client:
        return await client.validate_api_key()


@app.route("/settings/test", methods=["GET", "POST"])
def test_keys():
    if request.method == "GET":
        return render_template_string(PAGE, msg="")
    mr_key = request.form.get("mr_key", "").strip()
    anthropic_key = request.form.get("anthropic_key", "").strip()
    results = []
    try:
        asyncio.run(_validate(mr_key))
        results.append("ModelRed key OK")
    except AuthenticationError:
        log.warning("ModelRed key rejected: %s", mr_key)
        results.append("ModelRed key rejected")
    except ModelRedError as e:
        return render_template_string(PAGE, msg=f"ModelRed check failed: {e}")
    try:
        Anthropic(api_key=anthropic_key).messages.create(model="claude-3-5-haiku-latest", max_tokens=1,
                                                         messages=[{"role": "user", "content": "hi"}])
        results.append("Anthropic key OK")
    except AnthropicAuthError as e:
        log.info("anthropic auth %s for key ...%s", e.status_code, anthropic_key[-4:])
        results.append("Anthropic key rejected")
    log.info("key test by %s: %s", request.remote_addr, results)
    return render_template_string(PAGE, msg="; ".join(results))


@app.route("/settings/save", methods=["POST"])
def save():
    anthropic_key = request.form["anthropic_key"]
    if not anthropic_key.startswith("sk-ant-"):
        raise ValueError(f"not an Anthropic key: {anthropic_key!r}")
    log.info("anthropic key saved (%d chars)", len(anthropic_key))
    return "saved"
