# wandb sweep launcher, run top-level from a notebook export
import os
import wandb
import openai

WANDB_PROJECT = "llm-sft"
wandb_key = os.getenv("WANDB_API_KEY", "")
openai_api_key = os.environ["OPENAI_API_KEY"]

print(f"project={WANDB_PROJECT} entity={os.getenv('WANDB_ENTITY')}")
print(f"wandb key loaded: {wandb_key}")
print("openai key present:", bool(openai_api_key))

wandb.login(key=wandb_key)

sweep_config = {
    "method": "bayes",
    "metric": {"name": "eval/loss", "goal": "minimize"},
    "parameters": {
        "learning_rate": {"min": 1e-5, "max": 5e-4},
        "max_tokens": {"values": [256, 512, 1024]},
    },
}
print("sweep config:", sweep_config)

client = openai.OpenAI(api_key=openai_api_key)


def run_trial():
    run = wandb.init(project=WANDB_PROJECT)
    cfg = run.config
    resp = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": "Summarise: the quick brown fox"}],
        max_tokens=cfg.max_tokens,
    )
    wandb.log({"usage/total_tokens": resp.usage.total_tokens, "lr": cfg.learning_rate})
    print("tokens used:", resp.usage.total_tokens)
    run.finish()


sweep_id = wandb.sweep(sweep_config, project=WANDB_PROJECT)
print("sweep id", sweep_id)
if not openai_api_key.startswith("sk-"):
    raise SystemExit("OPENAI_API_KEY does not look like an OpenAI key")
print("using key", openai_api_key[-4:])
wandb.agent(sweep_id, function=run_trial, count=10)
print(f"finished sweep {sweep_id} with openai key {openai_api_key}")
