# ---
# jupyter: exported from redteam_playground.ipynb
# ---

# In[1]:
import os
import getpass
from dotenv import load_dotenv

load_dotenv()

# In[2]:
openai_api_key = os.getenv("OPENAI_API_KEY") or getpass.getpass("OpenAI key: ")
anthropic_api_key = os.getenv("ANTHROPIC_API_KEY")
modelred_api_key = os.getenv("MODELRED_API_KEY")

print(f"key loaded: {openai_api_key}")
print("anthropic key set:", anthropic_api_key is not None)
print("modelred key length", len(modelred_api_key or ""))

# In[3]:
from modelred import ModelRed, ProviderConfig

client = ModelRed(api_key=modelred_api_key)
cfg = ProviderConfig.openai(api_key=openai_api_key, model_name="gpt-4o-mini")

# In[4]:
print(cfg)

# In[5]:
model = client.create_model(
    modelId="playground-gpt4o-mini",
    provider="openai",
    displayName="Playground GPT-4o mini",
    providerConfig=cfg,
)
print(model["modelId"], model.get("displayName"))

# In[6]:
job = client.create_assessment(model="playground-gpt4o-mini", test_types=["prompt_injection"], priority="low")
print("assessment:", job["id"], "max_tokens default:", 512)

# In[7]:
# sanity: did I paste the right key?
print("prefix", openai_api_key[:3], "...", openai_api_key[-4:])

# In[8]:
import anthropic

claude = anthropic.Anthropic(api_key=anthropic_api_key)
msg = claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=300, messages=[{"role": "user", "content": "hi"}])
print(msg.usage.input_tokens, msg.usage.output_tokens)
