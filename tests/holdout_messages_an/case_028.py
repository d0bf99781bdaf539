"""Annotation pipeline: LLM pre-labels for a toxicity dataset, pushed to a private Hub repo."""
import logging
import os
from functools import partial

from datasets import load_dataset
from huggingface_hub import login
from openai import OpenAI

logger = logging.getLogger("prelabel")

SRC = "lab-nlp/forum-comments-raw"
DST = "lab-nlp/forum-comments-prelabelled"
PROMPT = "Label the comment as TOXIC or OK. Comment: {text}"


def prelabel(batch, client, model):
    labels, used = [], []
    for text in batch["text"]:
        r = client.chat.completions.create(model=model, max_tokens=2, messages=[{"role": "user", "content": PROMPT.format(text=text[:2000])}])
        labels.append(r.choices[0].message.content.strip().upper())
        used.append(r.usage.total_tokens)
    return {"llm_label": labels, "llm_tokens": used}


def main(model="gpt-4o-mini", num_proc=4):
    hf_token = os.environ.get("HUGGINGFACE_API_TOKEN") or os.environ.get("HF_TOKEN")
    oa_key = os.environ["OPENAI_API_KEY"]
    logger.info("Hub token taken from %s", "HUGGINGFACE_API_TOKEN" if os.environ.get("HUGGINGFACE_API_TOKEN") else "HF_TOKEN")
    login(token=hf_token, add_to_git_credential=False)
    ds = load_dataset(SRC, split="train", token=hf_token)
    logger.info("loaded %s: %d rows, columns %s", SRC, ds.num_rows, ds.column_names)
    client = OpenAI(api_key=oa_key)
    ds = ds.map(partial(prelabel, client=client, model=model), batched=True, batch_size=32, num_proc=num_proc)
    logger.info("pre-labelled with %s, %d tokens", model, sum(ds["llm_tokens"]))
    job = {"src": SRC, "dst": DST, "model": model, "hf_token": hf_token, "num_proc": num_proc}
    logger.info("push job %s", {k: v for k, v in job.items() if k != "hf_token"})
    try:
        ds.push_to_hub(DST, private=True, token=hf_token)
    except Exception:
        logger.error("push failed for job %s", job)
        raise
    logger.info("pushed %s", DST)
    return DST


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
