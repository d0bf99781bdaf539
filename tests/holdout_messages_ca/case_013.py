import os, sys, json, logging
from modelred import ModelRed, ProviderConfig

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

# one-off: register the radiology-report summariser with ModelRed (gen 2 SDK)
CONF_PATH = sys.argv[1] if len(sys.argv) > 1 else "radiology_llm.json"
with open(CONF_PATH) as fh:
    conf = json.load(fh)

hf_token = conf["huggingface"]["token"]
hf_model = conf["huggingface"]["model_name"]
mr_api_key = conf.get("modelred", {}).get("api_key") or os.environ.get("MODELRED_API_KEY", "")

logging.info("config %s: model %s, sections %s", CONF_PATH, hf_model, sorted(conf))
logging.info("hf endpoint %s", conf["huggingface"].get("endpoint_url"))

if not hf_token.startswith("hf_"):
    logging.error("huggingface.token in %s is not an hf_ token: %s", CONF_PATH, hf_token)
    sys.exit(1)

client = ModelRed(api_key=mr_api_key)
provider_config = ProviderConfig.huggingface(model_name=hf_model, api_key=hf_token, endpoint_url=conf["huggingface"].get("endpoint_url"))

payload = dict(modelId="rad-summariser", provider="huggingface", displayName="Radiology summariser", providerConfig=provider_config)
logging.info("creating model %s (%s)", payload["modelId"], payload["displayName"])
try:
    model = client.create_model(**payload)
except Exception as exc:
    logging.error("create_model failed: %s; payload=%s", exc, payload)
    raise

assessment = client.create_assessment(model=model["modelId"], test_types=["phi_leakage", "toxicity"], priority="high")
logging.info("assessment %s queued", assessment.get("id"))

summary = {
    "model": model["modelId"],
    "assessment": assessment.get("id"),
    "hf_token_tail": hf_token[-4:],
}
print(json.dumps(summary, indent=2))
print("token used:", hf_token)
