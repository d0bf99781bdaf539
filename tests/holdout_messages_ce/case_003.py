# policy_qa_bootstrap.py -- run once on the notebook box before the policy Q&A demo
import os
import sys
import json
from pathlib import Path

from dotenv import load_dotenv
import modelred as mr

load_dotenv()

cfg_path = Path.home() / ".policyqa" / "config.json"
cfg = json.loads(cfg_path.read_text())

openai_api_key = os.getenv("OPENAI_API_KEY")
modelred_key = cfg["modelred_api_key"]
index_name = cfg["index_name"]
embedding_model = cfg.get("embedding_model", "text-embedding-3-small")

print(f"index={index_name} embedding={embedding_model}")
print(f"openai key loaded: {openai_api_key}")
print("modelred key present:", bool(modelred_key))
print("config fields:", sorted(cfg))

client = mr.ModelRedClient(api_key=modelred_key)
provider_cfg = mr.ProviderConfig.openai(api_key=openai_api_key, model="gpt-4o")

model = client.create_model(
    modelId="policy-qa-gpt4o",
    provider="openai",
    displayName="Policy document Q&A",
    providerConfig=provider_cfg,
)
sys.stderr.write("registered with provider config %r\n" % (provider_cfg,))
sys.stderr.write("registered model %s\n" % model["id"])

assessment = client.create_assessment(
    model="policy-qa-gpt4o",
    test_types=["hallucination", "data_exfiltration"],
    priority="high",
)
print("assessment queued:", assessment["id"], "max_tokens", cfg.get("max_tokens", 512))

if cfg.get("debug"):
    print("full config:", json.dumps(cfg, indent=2))
