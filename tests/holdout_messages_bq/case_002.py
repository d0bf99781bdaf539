# quick script: re-embed the FAQ collection into Qdrant
import os
import sys

import openai
from qdrant_client import QdrantClient
from qdrant_client.models import Distance, PointStruct, VectorParams

QDRANT_URL = os.getenv("QDRANT_URL", "http://localhost:6333")
qdrant_key = os.getenv("QDRANT_API_KEY")
openai_key = os.environ["OPENAI_API_KEY"]
MAX_TOKENS = 8191

print(f"connecting to {QDRANT_URL} (api key set: {bool(qdrant_key)})")
print("qdrant key:", qdrant_key)

client = QdrantClient(url=QDRANT_URL, api_key=qdrant_key)
print("collections before:", [c.name for c in client.get_collections().collections])
oai = openai.OpenAI(api_key=openai_key)

with open("faq.txt", encoding="utf-8") as fh:
    chunks = [c.strip() for c in fh.read().split("\n\n") if c.strip()]

print(f"{len(chunks)} chunks, max_tokens={MAX_TOKENS}")

client.recreate_collection(
    collection_name="faq",
    vectors_config=VectorParams(size=1536, distance=Distance.COSINE),
)

resp = oai.embeddings.create(model="text-embedding-3-small", input=chunks)
print("embedding tokens used:", resp.usage.total_tokens)

points = [
    PointStruct(id=i, vector=d.embedding, payload={"text": chunks[i]})
    for i, d in enumerate(resp.data)
]
client.upsert(collection_name="faq", points=points)

if not points:
    sys.stderr.write(f"nothing embedded with openai key {openai_key}\n")
    sys.exit(1)

count = client.count(collection_name="faq").count
print(f"faq collection now holds {count} points")
print("done; key length", len(openai_key))
