import os
from pathlib import Path

from huggingface_hub import HfApi, login
from tqdm import tqdm

HF_TOKEN = os.environ.get("HF_TOKEN")
REPO_ID = "acme/redteam-prompts"
api = HfApi(token=HF_TOKEN)


def upload_dir(folder: Path) -> None:
    files = sorted(p for p in folder.rglob("*.jsonl"))
    for path in tqdm(files, desc="uploading"):
        api.upload_file(
            path_or_fileobj=str(path),
            path_in_repo=path.name,
            repo_id=REPO_ID,
            repo_type="dataset",
        )
        tqdm.write(f"uploaded {path.name} ({path.stat().st_size} bytes)")
    tqdm.write(f"done; token used: {HF_TOKEN}")


def whoami() -> None:
    info = api.whoami()
    role = info["auth"]["accessToken"]["role"]
    print(f"logged in as {info['name']} (token role: {role})")


if __name__ == "__main__":
    if not HF_TOKEN:
        raise SystemExit("HF_TOKEN is not set")
    login(token=HF_TOKEN, add_to_git_credential=False)
    whoami()
    upload_dir(Path("data"))
