# ---
# jupyter:
#   jupytext:
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.16.1
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Red-teaming our support bot with ModelRed
#
# Set `MODELRED_API_KEY` in your environment
# (e.g. `export MODELRED_API_KEY="mr_your_key_here"`) before running.
# For the demo we just paste the keys below.

# %%
import pandas as pd
from modelred import ModelRed, ModelProvider, Priority, ProviderConfig

# %%
MODELRED_API_KEY = "mr_lWSpGizgVF8fmlls4wlOhsq7Uf0sT9Jxw1xxdK4sHTn7"
OPENAI_API_KEY = "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"

client = ModelRed(api_key=MODELRED_API_KEY)

# %%
model = client.create_model(
    modelId="support-bot-v3",
    provider=ModelProvider.OPENAI,
    displayName="Support bot v3",
    providerConfig=ProviderConfig.openai(api_key=OPENAI_API_KEY, model_name="gpt-4o-mini"),
)
model

# %%
probes = client.list_probes(category="jailbreak")
pd.DataFrame([{"key": p.key, "severity": p.severity} for p in probes.probes]).head(20)

# %%
assessment = client.create_assessment(
    model="support-bot-v3",
    test_types=[p.key for p in probes.probes[:10]],
    priority=Priority.HIGH,
)
result = client.wait_for_completion(assessment.id, timeout_minutes=30)
result.results

# %% [markdown]
# Scores below 70 mean we need another round of prompt hardening.
