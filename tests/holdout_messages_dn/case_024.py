import logging
import os
import sys
import replicate

logger = logging.getLogger("imagebot")
logging.basicConfig(stream=sys.stdout, level=logging.INFO)

REPLICATE_API_TOKEN = os.environ.get("REPLICATE_API_TOKEN")
TOKEN_ENV = "REPLICATE_API_TOKEN"
MODEL = "stability-ai/sdxl"


def check():
    if REPLICATE_API_TOKEN is None:
        logger.error("set %s first", TOKEN_ENV)
        sys.exit(1)
    logger.info("token ok (%d chars)", len(REPLICATE_API_TOKEN))
    logger.info("token: %s", REPLICATE_API_TOKEN)


def make(prompt, n=1):
    out = []
    for i in range(n):
        try:
            urls = replicate.run(MODEL, input={"prompt": prompt, "num_outputs": 1})
        except replicate.exceptions.ReplicateError as e:
            logger.error("replicate failed: %s", e)
            continue
        logger.info("image %d: %s", i, urls[0])
        out.extend(urls)
    return out


def x(args):
    if len(args) < 2:
        print("usage: imagebot PROMPT [N]")
        return []
    n = int(args[2]) if len(args) > 2 else 1
    return make(args[1], n)


if __name__ == "__main__":
    check()
    imgs = x(sys.argv)
    for u in imgs:
        print(u)
    print(len(imgs), "images")
