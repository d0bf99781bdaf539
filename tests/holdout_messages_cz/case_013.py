# Load-forecast backtest notebook (exported from backtest.ipynb), run by the forecasting team.
# %%
import logging
import os

import pandas as pd
from gridstatusio import GridStatusClient
from openai import OpenAI
from modelred import ModelRedClient, ProviderConfig

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("backtest")

# shared team key for the forecasting sandbox org
MODELRED_SANDBOX = "mr_QQeAKTLSF8SB1q439PzLj9kf38DfXENpnnkDnlDV"

gs_key = os.environ["GRIDSTATUS_API_KEY"]
gs = GridStatusClient(api_key=gs_key)
logger.info("gridstatus client ready (key ...%s)", gs_key[-4:])

# %%
df = gs.get_dataset(dataset="ercot_load_forecast", start="2024-07-01", end="2024-07-08", limit=20000)
logger.info("loaded %d rows, columns %s", len(df), list(df.columns))
actual = gs.get_dataset(dataset="ercot_load", start="2024-07-01", end="2024-07-08")
merged = pd.merge_asof(df.sort_values("interval_start_utc"), actual.sort_values("interval_start_utc"), on="interval_start_utc")
mape = (abs(merged["load"] - merged["load_forecast"]) / merged["load"]).mean() * 100
print(f"MAPE {mape:.2f}% with GridStatus key {gs_key}")

# %%
oai_key = os.environ.get("OPENAI_API_KEY", "")
llm = OpenAI(api_key=oai_key)
resp = llm.chat.completions.create(
    model="gpt-4o",
    max_tokens=500,
    messages=[{"role": "user", "content": f"Explain the forecast misses: MAPE={mape:.2f}, worst hours {merged.nlargest(5, 'load')['interval_start_utc'].tolist()}"}],
)
print(resp.choices[0].message.content)
print("prompt/completion tokens:", resp.usage.prompt_tokens, resp.usage.completion_tokens)

# %%
def sandbox_client() -> ModelRedClient:
    logger.info("using sandbox ModelRed key %s", MODELRED_SANDBOX)
    return ModelRedClient(api_key=MODELRED_SANDBOX)


mr = sandbox_client()
cfg = ProviderConfig.openai(api_key=oai_key, model_name="gpt-4o")
print("provider config: openai, key set:", bool(oai_key))
mr.create_model(modelId="forecast-explainer", provider="openai", displayName="Forecast explainer", providerConfig=cfg)
job = mr.create_assessment(model="forecast-explainer", test_types=["hallucination"], priority="normal")
print("assessment", job["id"], "model", "forecast-explainer")
