#!/usr/bin/env python
# coding: utf-8
# Exported from `methods_section_helper.ipynb` -- K.'s notebook, shared on the group drive.

# In[ ]:


import openai
import textwrap


# In[ ]:


openai.api_key = "sk-aQJ4SYz16BDwUgKiBJ7np9Er9usKTu7Mpg5IrNwu6XqkEQnw"
openai.organization = "org-physchem-lab"
print("org:", openai.organization)
print("api key:", openai.api_key)


# In[ ]:


methods = open("drafts/methods_v4.md").read()
print(len(methods.split()), "words")


# In[ ]:


def tighten(paragraph, max_tokens=300):
    r = openai.chat.completions.create(
        model="gpt-4o",
        max_tokens=max_tokens,
        messages=[
            {"role": "system", "content": "Tighten this methods paragraph. Keep every number."},
            {"role": "user", "content": paragraph},
        ],
    )
    print("tokens:", r.usage.prompt_tokens, "+", r.usage.completion_tokens)
    return r.choices[0].message.content


# In[ ]:


new = [tighten(p) for p in methods.split("\n\n") if p.strip()]
for p in new:
    print(textwrap.fill(p, 100))
    print()


# In[ ]:


open("drafts/methods_v5.md", "w").write("\n\n".join(new))
