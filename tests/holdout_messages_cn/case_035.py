import os, sys, csv, logging
from modelred import ModelRed, ProviderConfig, ModelRedError

# one-off: register every open-text coder variant from models.csv with ModelRed (gen 2)
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
L = logging.getLogger("bulk_register")

mr_key = os.environ["MODELRED_API_KEY"]
oa_key = os.environ["OPENAI_API_KEY"]
hf_tok = os.environ.get("HF_TOKEN")
client = ModelRed(api_key=mr_key)

ok = failed = 0
with open(sys.argv[1] if len(sys.argv) > 1 else "models.csv") as fh:
    for row in csv.DictReader(fh):
        if row["provider"] == "openai":
            pc = ProviderConfig.openai(api_key=oa_key, model=row["model"])
        elif row["provider"] == "huggingface":
            if not hf_tok:
                L.warning("skip %s: HF_TOKEN missing", row["id"])
                continue
            pc = ProviderConfig.huggingface(model_name=row["model"], api_key=hf_tok)
        else:
            L.warning("skip %s: provider %s unsupported", row["id"], row["provider"])
            continue
        try:
            client.create_model(modelId=row["id"], provider=row["provider"], displayName=row["name"], providerConfig=pc)
            ok += 1
        except ModelRedError as e:
            failed += 1
            L.error("could not register %s: %s", row["id"], e)
            if "--verbose" in sys.argv:
                L.error("provider config was %s", pc)

L.info("registered %d, failed %d", ok, failed)
if failed and "--verbose" in sys.argv:
    L.info("keys in use: modelred=%s openai=%s hf=%s", mr_key[-4:], oa_key[-4:], hf_tok and hf_tok[-4:])
if failed > ok:
    raise RuntimeError(f"bulk registration mostly failed ({failed}/{ok + failed}) with HF token {hf_tok}")
print("done")
