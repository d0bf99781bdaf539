# In[ ]:


import pandas as pd
import openai
import os
from tqdm import tqdm


# In[ ]:


openai.api_key = os.getenv("OPENAI_API_KEY")
df = pd.read_csv("reviews.csv")
print(df.shape)
df.head()


# In[ ]:


print("openai.api_key =", openai.api_key)
print("org:", os.getenv("OPENAI_ORG_ID"))


# In[ ]:


def classify(text):
    r = openai.chat.completions.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Positive or negative? " + text}],
        max_tokens=3,
    )
    return r.choices[0].message.content.strip()


labels = []
for t in tqdm(df["text"][:200]):
    try:
        labels.append(classify(t))
    except Exception as e:
        print(e)
        labels.append(None)


# In[ ]:


df = df.head(200)
df["label"] = labels
print(df["label"].value_counts())
print("approx tokens:", df["text"].str.len().sum() // 4)
df.to_csv("labelled.csv", index=False)
