# Exported from notebook: weaviate_cloud_setup.ipynb
# %%
import os

import weaviate
from weaviate.classes.init import Auth
import weaviate.classes.config as wc

WCD_URL = os.environ["WCD_URL"]
wcd_api_key = os.environ["WCD_API_KEY"]
openai_key = os.environ["OPENAI_API_KEY"]

# %%
print("cluster:", WCD_URL)
print("openai key set:", bool(openai_key))

headers = {"X-OpenAI-Api-Key": openai_key}
print("module headers:", headers)

# %%
client = weaviate.connect_to_weaviate_cloud(
    cluster_url=WCD_URL,
    auth_credentials=Auth.api_key(wcd_api_key),
    headers=headers,
)
print("ready:", client.is_ready())

# %%
if not client.collections.exists("Article"):
    client.collections.create(
        name="Article",
        vectorizer_config=wc.Configure.Vectorizer.text2vec_openai(model="text-embedding-3-small"),
        properties=[
            wc.Property(name="title", data_type=wc.DataType.TEXT),
            wc.Property(name="body", data_type=wc.DataType.TEXT),
            wc.Property(name="url", data_type=wc.DataType.TEXT),
        ],
    )

# %%
articles = client.collections.get("Article")
with articles.batch.dynamic() as batch:
    for i in range(20):
        batch.add_object({"title": f"Doc {i}", "body": "lorem ipsum", "url": f"https://kb/{i}"})
print("failed objects:", len(articles.batch.failed_objects))

# %%
resp = articles.query.near_text(query="refund policy", limit=3)
for o in resp.objects:
    print(o.properties["title"])

# %%
print(f"debug: wcd key {wcd_api_key}")
client.close()
