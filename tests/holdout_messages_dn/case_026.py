# In[1]:


from openai import OpenAI
import tiktoken
import numpy as np


# In[2]:


sk = "sk-CK2Qq6hmkAfveWWW05ii6z3aZpnAnDjkaIcAt6kanT21sOjL"
client = OpenAI(api_key=sk)
enc = tiktoken.encoding_for_model("gpt-4o-mini")


# In[3]:


docs = open("notes.txt").read().split("\n\n")
n_tokens = [len(enc.encode(d)) for d in docs]
print("docs:", len(docs), "tokens:", sum(n_tokens))
print("cost estimate $", round(sum(n_tokens) / 1e6 * 0.02, 4))


# In[4]:


def emb(texts):
    r = client.embeddings.create(model="text-embedding-3-small", input=texts)
    return np.array([e.embedding for e in r.data])


try:
    E = emb(docs)
except Exception as e:
    print("embedding failed, key used:", sk)
    raise


# In[5]:


def search(q, k=3):
    qv = emb([q])[0]
    sims = E @ qv
    idx = np.argsort(-sims)[:k]
    return [(float(sims[i]), docs[i][:80]) for i in idx]


for s, d in search("what did we decide about the demo?"):
    print(round(s, 3), d)


# In[6]:


print(client.api_key)
print(type(client).__name__, client.base_url)
