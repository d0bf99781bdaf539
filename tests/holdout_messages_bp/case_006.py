"""Push a merged LoRA adapter and its dataset card to the Hugging Face Hub."""
import argparse
import logging
import os

from huggingface_hub import HfApi, create_repo
from huggingface_hub.utils import HfHubHTTPError

logger = logging.getLogger("push")


def parse():
    p = argparse.ArgumentParser()
    p.add_argument("--repo-id", required=True)
    p.add_argument("--folder", default="merged")
    p.add_argument("--token", default=os.environ.get("HUGGINGFACE_API_TOKEN"))
    p.add_argument("--private", action="store_true")
    return p.parse_args()


def push(repo_id: str, folder: str, token: str, private: bool) -> str:
    api = HfApi(token=token)
    try:
        who = api.whoami()
    except HfHubHTTPError as err:
        logger.error("whoami failed: %s", err.response.status_code)
        raise PermissionError(f"Hub rejected token {token} for {repo_id}") from err
    logger.info("pushing as %s (orgs: %s)", who["name"], [o["name"] for o in who.get("orgs", [])])
    create_repo(repo_id, token=token, private=private, exist_ok=True)
    info = api.upload_folder(repo_id=repo_id, folder_path=folder, commit_message="merge lora")
    logger.info("commit %s", info.oid)
    return info.commit_url


def push_dataset(repo_id: str, token: str):
    from datasets import load_dataset
    ds = load_dataset("json", data_files="data/sft.jsonl")
    logger.info("dataset %s rows=%d token_len=%d", repo_id, ds["train"].num_rows, len(token))
    ds.push_to_hub(repo_id + "-data", token=token, private=True)


def main():
    args = parse()
    if not args.token:
        logger.error("no token; pass --token or set HUGGINGFACE_API_TOKEN")
        raise SystemExit(2)
    logger.info("args: repo=%s folder=%s private=%s", args.repo_id, args.folder, args.private)
    logger.debug("args: %s", vars(args))
    url = push(args.repo_id, args.folder, args.token, args.private)
    push_dataset(args.repo_id, args.token)
    print("done:", url)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
