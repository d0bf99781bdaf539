import os
import sys

import wandb
import yaml

# launch a W&B sweep for the ASR fine-tune and start N local agents

cfg_path = sys.argv[1] if len(sys.argv) > 1 else "sweep.yaml"
count = int(os.environ.get("SWEEP_COUNT", "20"))
with open(cfg_path) as fh:
    sweep_cfg = yaml.safe_load(fh)

entity = os.environ.get("WANDB_ENTITY", "acme-speech")
project = sweep_cfg.pop("project", "asr-sweeps")
wandb_key = os.environ.get("WANDB_API_KEY")
hf_token = os.environ.get("HF_TOKEN")

print(f"entity={entity} project={project} count={count}")
print(f"WANDB_API_KEY set: {'yes' if wandb_key else 'no'}, HF_TOKEN set: {'yes' if hf_token else 'no'}")
if wandb_key:
    wandb.login(key=wandb_key)
else:
    print("falling back to ~/.netrc")

sweep_id = wandb.sweep(sweep_cfg, entity=entity, project=project)
print(f"sweep {sweep_id}: https://wandb.ai/{entity}/{project}/sweeps/{sweep_id}")

agent_env = {"WANDB_API_KEY": wandb_key or "", "HF_TOKEN": hf_token or "", "SWEEP_ID": sweep_id}
print("agent env:", agent_env)
print("agent env keys:", list(agent_env))

for i in range(int(os.environ.get("AGENTS", "1"))):
    pid = os.fork()
    if pid == 0:
        os.environ.update(agent_env)
        wandb.agent(sweep_id, entity=entity, project=project, count=count)
        sys.exit(0)
    print(f"agent {i} pid {pid}")

if os.environ.get("SWEEP_DEBUG"):
    print(f"hf token for agents: {hf_token}", file=sys.stderr)
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
print("all agents finished")
