import logging
import os
import sys

import torch
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer, TrainingArguments
from trl import SFTTrainer
from datasets import load_dataset

logging.basicConfig(level=logging.INFO, stream=sys.stdout)
log = logging.getLogger("qlora")

MODEL = os.environ.get("BASE_MODEL", "google/gemma-2-2b")
HF = os.environ["HF_TOKEN"]
WANDB = os.environ.get("WANDB_API_KEY")
REPORT_TO = "wandb" if WANDB else "none"

log.info("base=%s report_to=%s", MODEL, REPORT_TO)
log.info("wandb enabled: %s", WANDB is not None)

tok = AutoTokenizer.from_pretrained(MODEL, token=HF)
model = AutoModelForCausalLM.from_pretrained(MODEL, token=HF, torch_dtype=torch.bfloat16, device_map="auto")
lora = LoraConfig(r=16, lora_alpha=32, lora_dropout=0.05, target_modules=["q_proj", "v_proj"])
model = get_peft_model(model, lora)
model.print_trainable_parameters()

ds = load_dataset("json", data_files={"train": "train.jsonl", "eval": "eval.jsonl"})
log.info("train rows %d eval rows %d", len(ds["train"]), len(ds["eval"]))

args = TrainingArguments(
    output_dir="qlora-out",
    per_device_train_batch_size=2,
    gradient_accumulation_steps=8,
    learning_rate=2e-4,
    num_train_epochs=1,
    report_to=REPORT_TO,
    push_to_hub=True,
    hub_token=HF,
)
trainer = SFTTrainer(model=model, args=args, train_dataset=ds["train"], eval_dataset=ds["eval"],
                     tokenizer=tok, max_seq_length=1024)
try:
    trainer.train()
except torch.cuda.OutOfMemoryError:
    log.error("OOM; rerun with HF_TOKEN=%s and a smaller batch", HF)
    raise
metrics = trainer.evaluate()
log.info("eval metrics %s", metrics)
trainer.push_to_hub(commit_message="qlora sft")
log.info("pushed with hub_token=%s", args.hub_token)
log.info("hub_token set: %s", bool(args.hub_token))
