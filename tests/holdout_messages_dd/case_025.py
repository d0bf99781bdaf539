"""Pre-submission gate: scan the in-app assistant model before an App Store release (gen 2, top level)."""
import os
import sys

import modelred as mr

MODEL = os.environ.get("ASSISTANT_MODEL_ID", "inapp-assistant-ios")
TEST_TYPES = ["prompt_injection", "jailbreak", "pii"]
api_key = os.environ.get("MODELRED_API_KEY", "")
openai_key = os.environ["OPENAI_API_KEY"]

print(f"gate: model={MODEL} tests={','.join(TEST_TYPES)}")
print(f"gate: MODELRED_API_KEY set={bool(api_key)} len={len(api_key)}")
if os.environ.get("GATE_VERBOSE"):
    print(f"gate: using key {api_key} and provider key {openai_key}", file=sys.stderr)

client = mr.ModelRedClient(api_key=api_key)
try:
    client.get_model(MODEL)
except mr.NotFoundError:
    client.create_model(modelId=MODEL, provider="openai", displayName="In-app assistant",
                        providerConfig=mr.ProviderConfig.openai(api_key=openai_key, model_name="gpt-4o-mini",
                                                                max_tokens=512))
    print(f"registered {MODEL} (max_tokens=512)")

assessment = client.create_assessment(model=MODEL, test_types=TEST_TYPES, priority="high")
result = client.wait_for_completion(assessment["id"], timeout_minutes=45)
score = result.get("overall_score", 0)
print(f"assessment {assessment['id']} finished: score={score}")

if score < 7:
    raise SystemExit(1)

provider_cfg = {"provider": "openai", "api_key": openai_key, "model_name": "gpt-4o-mini"}
if "--show-config" in sys.argv:
    print("provider config:", provider_cfg)
    print("provider config fields:", list(provider_cfg))

if not openai_key.startswith("sk-"):
    raise ValueError("OPENAI_API_KEY malformed: %s" % openai_key)
print("gate passed")
