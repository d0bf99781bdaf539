"""Modal: batch embedding job over a Volume, with a Cohere key from a Modal Secret."""
import json
import os
import sys

import modal

app = modal.App("embed-corpus")
vol = modal.Volume.from_name("corpus")
image = modal.Image.debian_slim().pip_install("cohere>=5")

BATCH = 96


@app.cls(image=image, secrets=[modal.Secret.from_name("cohere-prod")], volumes={"/data": vol}, timeout=3600)
class Embedder:
    @modal.enter()
    def setup(self):
        import cohere

        self.cohere_key = os.environ["COHERE_API_KEY"]
        self.client = cohere.ClientV2(api_key=self.cohere_key)
        print(f"container up; cohere key {len(self.cohere_key)} chars")

    @modal.method()
    def embed_file(self, path: str) -> int:
        import cohere

        with open(f"/data/{path}") as fh:
            docs = [json.loads(line)["text"] for line in fh]
        vectors = []
        for i in range(0, len(docs), BATCH):
            try:
                res = self.client.embed(texts=docs[i:i + BATCH], model="embed-english-v3.0", input_type="search_document", embedding_types=["float"])
            except cohere.errors.UnauthorizedError:
                print(f"Cohere refused key {self.cohere_key}", file=sys.stderr)
                raise
            except cohere.errors.TooManyRequestsError as exc:
                print(f"rate limited at batch {i}: {exc.status_code}", file=sys.stderr)
                raise
            vectors.extend(res.embeddings.float_)
            print(f"{path}: {i + BATCH}/{len(docs)} billed units {res.meta.billed_units.input_tokens}")
        with open(f"/data/{path}.vec.json", "w") as out:
            json.dump(vectors, out)
        vol.commit()
        return len(vectors)


@app.local_entrypoint()
def main(pattern: str = "*.jsonl"):
    import fnmatch

    files = [e.path for e in vol.listdir("/") if fnmatch.fnmatch(e.path, pattern)]
    print(f"embedding {len(files)} files matching {pattern}")
    total = sum(Embedder().embed_file.map(files))
    print(f"done, {total} vectors")
