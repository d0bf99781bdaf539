#!/usr/bin/env python
# coding: utf-8
# Exported from rag_experiments.ipynb (jupyter nbconvert --to script)

# In[ ]:


import os
from langchain_openai import ChatOpenAI, OpenAIEmbeddings
from langchain_community.vectorstores import FAISS


# In[ ]:


os.environ["OPENAI_API_KEY"] = open(os.path.expanduser("~/.secrets/openai")).read().strip()
OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]
print("using key", OPENAI_API_KEY)


# In[ ]:


llm = ChatOpenAI(model="gpt-4o-mini", max_tokens=256, api_key=OPENAI_API_KEY)
emb = OpenAIEmbeddings(model="text-embedding-3-small")
print(llm.model_name, llm.max_tokens)


# In[ ]:


docs = ["the raspberry pi runs the garage door", "the NAS backs up at 2am", "grafana lives on port 3000"]
store = FAISS.from_texts(docs, emb)
hits = store.similarity_search("when are backups?", k=1)
print(hits[0].page_content)


# In[ ]:


answer = llm.invoke(f"Answer from context: {hits[0].page_content}\nQ: when are backups?")
print(answer.content)
print(answer.response_metadata.get("token_usage"))


# In[ ]:


# debugging the 401 I got yesterday
print({k: v for k, v in os.environ.items() if k.startswith("OPENAI")})
print(sorted(k for k in os.environ if k.endswith("_KEY")))
