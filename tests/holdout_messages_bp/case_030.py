"""Accelerate multi-GPU training script with rank-0 logging."""
import os

from accelerate import Accelerator
from accelerate.logging import get_logger
from huggingface_hub import login
from torch.utils.data import DataLoader
from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_scheduler

logger = get_logger(__name__)
MODEL_NAME = "microsoft/deberta-v3-base"


def main():
    accelerator = Accelerator(log_with="wandb")
    hub_token = os.environ.get("HUB_TOKEN") or os.environ.get("HF_TOKEN")
    if hub_token is None:
        raise RuntimeError("set HUB_TOKEN or HF_TOKEN to push checkpoints")
    login(token=hub_token, add_to_git_credential=False)
    if not hub_token.startswith("hf_"):
        raise RuntimeError(f"hub token {hub_token} is not a user access token")
    accelerator.init_trackers("reward-model", config={"lr": 3e-5, "max_tokens": 512})
    logger.info("process %d of %d, mixed precision %s", accelerator.process_index,
                accelerator.num_processes, accelerator.mixed_precision)
    logger.info("logged in to hub with %s", hub_token, main_process_only=True)
    tok = AutoTokenizer.from_pretrained(MODEL_NAME)
    model = AutoModelForSequenceClassification.from_pretrained(MODEL_NAME, num_labels=1)
    from datasets import load_dataset
    ds = load_dataset("json", data_files="pairs.jsonl")["train"].map(
        lambda b: tok(b["text"], truncation=True, max_length=512, padding="max_length"), batched=True)
    ds.set_format("torch", columns=["input_ids", "attention_mask", "label"])
    loader = DataLoader(ds, batch_size=8, shuffle=True)
    opt = __import__("torch").optim.AdamW(model.parameters(), lr=3e-5)
    sched = get_scheduler("linear", opt, num_warmup_steps=100, num_training_steps=len(loader))
    model, opt, loader, sched = accelerator.prepare(model, opt, loader, sched)
    for step, batch in enumerate(loader):
        out = model(**batch)
        accelerator.backward(out.loss)
        opt.step(); sched.step(); opt.zero_grad()
        if step % 50 == 0:
            accelerator.log({"loss": out.loss.item()}, step=step)
            logger.info("step %d loss %.4f", step, out.loss.item())
    accelerator.wait_for_everyone()
    unwrapped = accelerator.unwrap_model(model)
    unwrapped.push_to_hub("acme/reward-deberta", token=hub_token)
    logger.info("pushed (token sha prefix %s)", __import__("hashlib").sha256(hub_token.encode()).hexdigest()[:8])
    accelerator.end_training()


if __name__ == "__main__":
    main()
