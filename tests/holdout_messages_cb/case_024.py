# notebook export: clause-risk model evaluation (cells run top to bottom)
import os

import pandas as pd
from modelred import ModelRed, ProviderConfig

# %% keys
openai_api_key = os.getenv("OPENAI_API_KEY")
modelred_api_key = os.getenv("MODELRED_API_KEY")
print("OpenAI key present:", openai_api_key is not None)
print("ModelRed key:", modelred_api_key)

# %% data
df = pd.read_csv("eval/clause_risk_gold.csv")
print(df.shape, df.columns.tolist())
print(df["risk_label"].value_counts())

# %% register
client = ModelRed(api_key=modelred_api_key)
provider_config = {"api_key": openai_api_key, "model_name": "gpt-4o-mini", "max_tokens": 512}
print("provider config keys:", list(provider_config))
print("max tokens:", provider_config["max_tokens"])
model = client.create_model(modelId="clause-risk-eval", provider="openai",
                            displayName="Clause risk (eval)", providerConfig=provider_config)
print(model)

# %% assessment
job = client.create_assessment(model="clause-risk-eval", test_types=["jailbreak", "bias"])
result = client.wait_for_completion(job["id"])
print(result["status"], result.get("overall_score"))

# %% debug cell left in
print(provider_config)

# %% per-category scores
scores = pd.DataFrame(result.get("categories", []))
print(scores.sort_values("score").head(10))

# %% compare against the OpenAI config we used
azure_cfg = ProviderConfig.azure(api_key=os.getenv("AZURE_OPENAI_API_KEY"), endpoint="https://legal.openai.azure.com",
                                 deployment_name="gpt4o")
print("azure deployment ready:", bool(azure_cfg))
print("done")
