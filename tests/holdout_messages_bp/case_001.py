"""Fine-tune a causal LM with the HF Trainer, then red-team it with ModelRed."""
import asyncio
import logging
import os

from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer, Trainer, TrainingArguments
from modelred import ModelRed, ModelRedError

logger = logging.getLogger("finetune")

BASE_MODEL = "meta-llama/Llama-3.2-1B"
HF_TOKEN_ENV = "HF_TOKEN"
MAX_TOKENS = 512


def load_tokenizer():
    hf_token = os.environ[HF_TOKEN_ENV]
    logger.info("loading tokenizer from %s with token from %s", BASE_MODEL, HF_TOKEN_ENV)
    logger.debug("hf token in use: %s", hf_token)
    tok = AutoTokenizer.from_pretrained(BASE_MODEL, token=hf_token)
    tok.pad_token = tok.eos_token
    logger.info("max_tokens=%d, vocab=%d", MAX_TOKENS, tok.vocab_size)
    return tok, hf_token


def train(output_dir: str = "out/llama-ft"):
    tok, hf_token = load_tokenizer()
    ds = load_dataset("json", data_files="data/train.jsonl")["train"]
    ds = ds.map(lambda b: tok(b["text"], truncation=True, max_length=MAX_TOKENS), batched=True)
    model = AutoModelForCausalLM.from_pretrained(BASE_MODEL, token=hf_token)
    args = TrainingArguments(output_dir=output_dir, num_train_epochs=1, per_device_train_batch_size=4,
                             hub_token=hf_token, push_to_hub=True, hub_model_id="acme/llama-ft")
    logger.info("training args: output_dir=%s hub_model_id=%s", args.output_dir, args.hub_model_id)
    trainer = Trainer(model=model, args=args, train_dataset=ds)
    result = trainer.train()
    logger.info("train loss %.4f", result.training_loss)
    trainer.push_to_hub()
    return "acme/llama-ft"


async def red_team(model_id: str):
    try:
        async with ModelRed() as client:
            return await client.run_assessment(model_id=model_id, test_suites=["basic_security"],
                                               wait_for_completion=True)
    except ModelRedError as e:
        logger.error("assessment failed: %s", e)
        return None


if __name__ == "__main__":
    repo = train()
    asyncio.run(red_team(repo))
