# notebook export: bias audit of the screening model before the hiring season
# (cells flattened by jupyter nbconvert --to script)
import os
import pandas as pd
from modelred import ModelRed, ModelRedError

# In[1]:
MR_TRIAL = "mr_xCHvFZYO24yHOCbBZ56uuMojFCWqptNAl1W4UsMD"
team_key = os.environ.get("MODELRED_API_KEY") or MR_TRIAL
print("using key", team_key)
print("key source:", "env" if os.environ.get("MODELRED_API_KEY") else "trial")

# In[2]:
applicants = pd.read_csv("applicants_sample.csv")
print(applicants.shape, list(applicants.columns))
groups = applicants.groupby("gender")["advanced"].mean()
print(groups)

# In[3]:
import asyncio

async def audit():
    async with ModelRed(api_key=team_key) as mr:
        return await mr.run_assessment(model_id="screener-2025", test_suites=["bias_gender", "bias_age"], wait_for_completion=True, timeout_minutes=30)

try:
    result = asyncio.run(audit())
    print("overall score", result.get("overall_score"))
except ModelRedError as exc:
    print("audit failed:", type(exc).__name__, getattr(exc, "status_code", None))
    result = {}

# In[4]:
def trial_banner(k=MR_TRIAL):
    print(f"Trial key in use: {k} - replace before sharing this notebook")

if team_key == MR_TRIAL:
    trial_banner()

# In[5]:
summary = pd.DataFrame([{"suite": s, "score": v} for s, v in result.get("suite_scores", {}).items()])
summary.to_csv("bias_audit.csv", index=False)
print("saved", len(summary), "rows")
