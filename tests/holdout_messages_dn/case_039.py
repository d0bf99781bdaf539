# chat with your pdf - hackathon edition
import os
from pypdf import PdfReader
from pinecone import Pinecone
from openai import OpenAI

PINECONE_API_KEY = os.environ["PINECONE_API_KEY"]
INDEX = os.environ.get("PINECONE_INDEX", "hack-docs")
pc = Pinecone(api_key=PINECONE_API_KEY)
idx = pc.Index(INDEX)
oai = OpenAI()
print("using index", INDEX)
print("pinecone:", PINECONE_API_KEY, INDEX)


def read_pdf(path):
    r = PdfReader(path)
    pages = [p.extract_text() or "" for p in r.pages]
    print(path, len(pages), "pages")
    return pages


def emb(texts):
    r = oai.embeddings.create(model="text-embedding-3-small", input=texts)
    print("embedding tokens:", r.usage.total_tokens)
    return [d.embedding for d in r.data]


def upload(path):
    pages = read_pdf(path)
    vecs = emb(pages)
    items = [(f"{os.path.basename(path)}-{i}", v, {"text": pages[i][:1000]}) for i, v in enumerate(vecs)]
    res = idx.upsert(vectors=items)
    print("upserted", res)


def ask(q):
    qv = emb([q])[0]
    hits = idx.query(vector=qv, top_k=4, include_metadata=True)
    ctx = "\n---\n".join(m["metadata"]["text"] for m in hits["matches"])
    r = oai.chat.completions.create(model="gpt-4o-mini", messages=[
        {"role": "system", "content": "Answer from the context only.\n" + ctx},
        {"role": "user", "content": q}])
    return r.choices[0].message.content


if __name__ == "__main__":
    import sys
    for p in sys.argv[1:]:
        upload(p)
    while (q := input("q: ")):
        print(ask(q))
