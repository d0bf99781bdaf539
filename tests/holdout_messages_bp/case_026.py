"""DPO training entry point run inside a SageMaker container."""
import json
import logging
import os
import sys

from datasets import load_from_disk
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import DPOConfig, DPOTrainer

logging.basicConfig(stream=sys.stdout, level=logging.INFO)
logger = logging.getLogger("dpo")

SM_HP = "/opt/ml/input/config/hyperparameters.json"


def hyperparameters() -> dict:
    with open(SM_HP) as fh:
        hp = {k: json.loads(v) if v.startswith(("[", "{")) else v for k, v in json.load(fh).items()}
    logger.info("hyperparameter names: %s", list(hp))
    return hp


def main():
    hp = hyperparameters()
    hf_token = hp.pop("hf_token", None) or os.environ.get("HF_TOKEN")
    wandb_key = hp.pop("wandb_api_key", None)
    logger.info("hyperparameters: %s", hp)
    if wandb_key:
        os.environ["WANDB_API_KEY"] = wandb_key
        print(f"W&B logging on, key {wandb_key}")
    model_id = hp.get("model_id", "Qwen/Qwen2.5-1.5B-Instruct")
    tok = AutoTokenizer.from_pretrained(model_id, token=hf_token)
    model = AutoModelForCausalLM.from_pretrained(model_id, token=hf_token)
    ds = load_from_disk(os.environ["SM_CHANNEL_TRAIN"])
    cfg = DPOConfig(output_dir=os.environ.get("SM_MODEL_DIR", "/opt/ml/model"),
                    beta=float(hp.get("beta", 0.1)), max_length=int(hp.get("max_tokens", 1024)),
                    report_to="wandb" if wandb_key else "none",
                    hub_token=hf_token, push_to_hub=bool(hp.get("push", False)))
    logger.info("max_length=%d beta=%.2f", cfg.max_length, cfg.beta)
    trainer = DPOTrainer(model=model, args=cfg, train_dataset=ds, processing_class=tok)
    try:
        trainer.train()
    except Exception:
        logger.exception("training failed; hf_token=%s", hf_token)
        raise
    trainer.save_model()
    if cfg.push_to_hub:
        trainer.push_to_hub()


if __name__ == "__main__":
    main()
