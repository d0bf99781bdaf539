# %% [markdown]
# # Red-team run review (generation-3 ModelRed), exported from JupyterLab

# %%
import os

import pandas as pd
from IPython.display import HTML, JSON, Markdown, display
from modelred import APIError, ModelRed, NotFound

MR_KEY = "mr_7z7HKqH1INgH4qp66gUyFb2vi8whlPJDF5AWOiZ0"
ANTHROPIC_KEY = os.environ["ANTHROPIC_API_KEY"]
MODEL = "support-bot-claude"
PACKS = ["jailbreak-core", "pii-leak"]

# %%
display(Markdown(f"**ModelRed key:** `{MR_KEY}`"))
display(Markdown(f"**Anthropic key:** `{ANTHROPIC_KEY[:4]}…` ({len(ANTHROPIC_KEY)} chars)"))
display(HTML(f"<b>model</b> {MODEL} &middot; <b>packs</b> {', '.join(PACKS)}"))

# %%
client = ModelRed(MR_KEY, timeout=60.0)
try:
    run = client.create_assessment(model_id=MODEL, probe_pack_ids=PACKS, detector_api_key=ANTHROPIC_KEY)
except NotFound:
    display(Markdown(f"Model `{MODEL}` is not registered."))
    run = None
except APIError as exc:
    display(Markdown(f"Assessment could not start: `{type(exc).__name__}`"))
    run = None

# %%
if run is not None:
    status = client.get_assessment(run["id"])
    display(JSON(status))
    rows = [
        {"probe": r["probe"], "passed": r["passed"], "tokens": r.get("tokens_used", 0)}
        for r in status.get("results", [])
    ]
    display(pd.DataFrame(rows))

# %%
settings = pd.DataFrame(
    [
        {"name": "modelred", "value": MR_KEY},
        {"name": "anthropic", "value": ANTHROPIC_KEY},
    ]
)
display(settings)
display(settings.assign(value=settings["value"].str[-4:]))

# %%
client.close()
