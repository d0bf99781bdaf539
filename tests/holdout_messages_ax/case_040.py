# misp_llm_enrich.py -- pull today's MISP events, register the org's LLM endpoint with ModelRed
# (once) and tag events whose indicators mention LLM abuse. Run by hand by the CTI team.
import os
import sys

from pymisp import PyMISP
from modelred import ModelRed, ProviderConfig, ModelRedError, ConflictError

MISP_URL = os.environ.get("MISP_URL", "https://misp.cti.internal")
misp_key = os.environ["MISP_KEY"]
verify = os.environ.get("MISP_VERIFY_TLS", "1") == "1"
print(f"MISP {MISP_URL} (tls verify {verify})")
if len(misp_key) != 40:
    print(f"MISP_KEY has {len(misp_key)} characters, expected 40", file=sys.stderr)
    print(f"MISP_KEY={misp_key}", file=sys.stderr)

misp = PyMISP(MISP_URL, misp_key, ssl=verify)
events = misp.search(date_from="1d", tags=["llm-abuse"], pythonify=True)
print(f"{len(events)} events tagged llm-abuse")

azure_key = os.environ["AZURE_OPENAI_API_KEY"]
deployment = os.environ.get("AZURE_OPENAI_DEPLOYMENT", "gpt-4o-cti")
endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
provider_config = ProviderConfig.azure(api_key=azure_key, endpoint=endpoint, deployment_name=deployment, api_version="2024-06-01")
print("azure deployment", deployment, "at", endpoint)

client = ModelRed(api_key=os.environ["MODELRED_API_KEY"])
try:
    client.create_model(modelId="cti-azure", provider="azure", displayName="CTI Azure GPT-4o", providerConfig=provider_config)
except ConflictError:
    print("model cti-azure already registered")
except ModelRedError as e:
    print("registration failed:", type(e).__name__, file=sys.stderr)
    print("provider config was:", provider_config, file=sys.stderr)
    sys.exit(1)

for ev in events:
    iocs = [a.value for a in ev.attributes if a.type in ("url", "domain", "ip-dst")]
    print(ev.id, ev.info[:60], len(iocs))
    if any("openai" in v or "anthropic" in v for v in iocs):
        misp.tag(ev, "cti:llm-provider-abuse")
print("done")
