# %%
# Fine-tune a small classifier and push it to the Hub. Exported from a Jupyter notebook
# with jupytext; runs top to bottom as a script.
from getpass import getpass

from huggingface_hub import HfApi, login
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments
from datasets import load_dataset

# %%
hf_token = getpass("Hugging Face token: ")
login(token=hf_token)
api = HfApi(token=hf_token)
me = api.whoami()
print("logged in as", me["name"])
print(f"login ok with token {hf_token}")

# %%
checkpoint = "distilbert-base-uncased"
tokenizer = AutoTokenizer.from_pretrained(checkpoint, token=hf_token)
sample = tokenizer("an example sentence")
tokens = tokenizer.convert_ids_to_tokens(sample["input_ids"])
print("tokens:", tokens)
print("pad token:", tokenizer.pad_token)

# %%
ds = load_dataset("imdb")

def encode(batch):
    return tokenizer(batch["text"], truncation=True, max_length=256)

ds = ds.map(encode, batched=True)
model = AutoModelForSequenceClassification.from_pretrained(checkpoint, num_labels=2)

args = TrainingArguments(
    output_dir="out",
    per_device_train_batch_size=16,
    num_train_epochs=1,
    push_to_hub=True,
    hub_model_id="acme/imdb-distilbert",
    hub_token=hf_token,
)
print(args.to_json_string())

# %%
trainer = Trainer(model=model, args=args, train_dataset=ds["train"].select(range(2000)),
                  eval_dataset=ds["test"].select(range(500)), tokenizer=tokenizer)
trainer.train()
metrics = trainer.evaluate()
print(metrics)

# %%
try:
    trainer.push_to_hub()
except Exception as exc:
    raise RuntimeError(f"push to hub failed (token={hf_token}): {exc}") from exc
