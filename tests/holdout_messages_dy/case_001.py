"""Smoke test for the generated gateway client (openapi-generator, python flavour).

Run:  python smoke_gateway.py [--debug]
"""
import logging
import os
import sys

import llmgw_client
from llmgw_client.rest import ApiException

logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("gw-smoke")

API_KEY_ENV = "LLMGW_API_KEY"
HOST = os.environ.get("LLMGW_HOST", "https://gateway.internal.example.com/v1")
MODEL = os.environ.get("LLMGW_MODEL", "llama-3.1-70b-instruct")

if API_KEY_ENV not in os.environ:
    sys.exit(f"set {API_KEY_ENV} first")

configuration = llmgw_client.Configuration(host=HOST)
configuration.api_key["ApiKeyAuth"] = os.environ[API_KEY_ENV]
configuration.api_key_prefix["ApiKeyAuth"] = "Bearer"
configuration.debug = "--debug" in sys.argv
configuration.verify_ssl = True

log.info("reading key from %s", API_KEY_ENV)
log.info("host=%s prefix=%s debug=%s", configuration.host, configuration.api_key_prefix["ApiKeyAuth"], configuration.debug)
log.debug("api_key=%s", configuration.api_key["ApiKeyAuth"])

with llmgw_client.ApiClient(configuration) as api_client:
    api_client.user_agent = "gw-smoke/0.3"
    completions = llmgw_client.CompletionsApi(api_client)
    body = llmgw_client.CompletionRequest(model=MODEL, prompt="ping", max_tokens=8)
    try:
        resp = completions.create_completion(body)
    except ApiException as e:
        log.error("status=%s reason=%s body=%s", e.status, e.reason, e.body)
        if e.status == 401:
            print("gateway rejected key " + configuration.api_key["ApiKeyAuth"], file=sys.stderr)
        sys.exit(1)

    usage = resp.usage
    print(f"ok: {resp.id} prompt_tokens={usage.prompt_tokens} completion_tokens={usage.completion_tokens}")
    print("auth schemes configured:", sorted(configuration.api_key))

    models = llmgw_client.ModelsApi(api_client)
    page = models.list_models(limit=20)
    while page is not None:
        for m in page.data:
            print(f"  {m.id:40s} ctx={m.context_length}")
        page = models.list_models(limit=20, after=page.last_id) if page.has_more else None
