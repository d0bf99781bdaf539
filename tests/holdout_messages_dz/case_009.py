# notebook export: compare what the rerank service gets from its ConfigMap and its Secret
# %%
import base64
import warnings

import cohere
from kubernetes import client, config

config.load_kube_config(context="staging")
core = client.CoreV1Api()
NS = "rerank"

# %%
cm = core.read_namespaced_config_map("rerank-config", NS)
print("configmap data:", cm.data)
rerank_model = cm.data.get("COHERE_RERANK_MODEL", "rerank-english-v3.0")
top_n = int(cm.data.get("TOP_N", "5"))
print(f"model={rerank_model} top_n={top_n}")

# %%
sec = core.read_namespaced_secret("rerank-secrets", NS)
print("secret keys:", list(sec.data))
print("has COHERE_API_KEY:", "COHERE_API_KEY" in sec.data)
cohere_key = base64.b64decode(sec.data["COHERE_API_KEY"]).decode()
print(f"cohere key: {cohere_key}")

# %%
if len(cohere_key) < 40:
    warnings.warn(f"COHERE key {cohere_key} looks like a trial key")
co = cohere.ClientV2(api_key=cohere_key)

# %%
docs = [
    "Pods are the smallest deployable units in Kubernetes.",
    "A Secret holds sensitive data such as a password or a token.",
    "A ConfigMap stores non-confidential data in key-value pairs.",
]
res = co.rerank(model=rerank_model, query="where do I put an API key?", documents=docs, top_n=top_n)
for r in res.results:
    print(round(r.relevance_score, 3), docs[r.index])
print("billed units:", res.meta.billed_units)

# %%
# what does the deployment actually mount?
dep = client.AppsV1Api().read_namespaced_deployment("rerank", NS)
for c in dep.spec.template.spec.containers:
    for e in c.env or []:
        src = e.value_from.secret_key_ref.name if e.value_from and e.value_from.secret_key_ref else "-"
        print(c.name, e.name, src)
