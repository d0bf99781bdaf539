import os, logging, requests
from modelred import ModelRed, ProviderConfig, ModelRedError

# one-off: register the listing-copy model with ModelRed and kick a scan (gen 2 SDK)
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("register")

mr_key = os.environ["MODELRED_API_KEY"]
openai_key = os.environ["OPENAI_API_KEY"]
org = os.environ.get("OPENAI_ORG", "org-none")

log.info("registering with org %s, key configured: %s", org, openai_key is not None)
log.info("modelred key prefix %s", mr_key[:3])

client = ModelRed(api_key=mr_key)
cfg = ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini")
log.debug("provider config %s", cfg)

try:
    model = client.create_model(
        modelId="listing-copy-gpt4o",
        provider="openai",
        displayName="Listing copy writer",
        providerConfig=cfg,
    )
except ModelRedError as e:
    log.error("create_model failed: %s", e)
    raise SystemExit(2)

assessment = client.create_assessment(model="listing-copy-gpt4o", test_types=["prompt_injection", "pii"], priority="high")
log.info("assessment %s started", assessment["id"])

# ping the listing writer to be sure the key still works
r = requests.get("https://api.openai.com/v1/models", headers={"Authorization": f"Bearer {openai_key}"}, timeout=10)
if r.status_code != 200:
    raise RuntimeError("OpenAI key %s rejected (%s)" % (openai_key, r.status_code))
log.info("openai ok, %d models", len(r.json()["data"]))

done = client.wait_for_completion(assessment["id"], timeout=1800)
log.info("score %s", done.get("score"))
