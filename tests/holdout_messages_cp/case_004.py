#!/usr/bin/env python3
"""getopt-based tool to register an OpenAI model with ModelRed (generation 1).

Usage: register_model.py -k OPENAI_KEY -m MODEL_ID [-v]
"""
import asyncio
import getopt
import sys

from modelred import ModelRed, ModelRedError, ValidationError, AuthenticationError


def usage(msg=None):
    if msg:
        print("error: " + msg, file=sys.stderr)
    print(__doc__, file=sys.stderr)
    sys.exit(2)


def parse(argv):
    try:
        opts, args = getopt.getopt(argv, "k:m:v", ["openai-key=", "model=", "verbose"])
    except getopt.GetoptError as err:
        usage(str(err))
    openai_key, model_id, verbose = None, None, False
    for o, a in opts:
        if o in ("-k", "--openai-key"):
            openai_key = a
        elif o in ("-m", "--model"):
            model_id = a
        elif o in ("-v", "--verbose"):
            verbose = True
    if not openai_key:
        usage("-k is required (got %r)" % openai_key)
    return openai_key, model_id, verbose


async def register(openai_key, model_id, verbose):
    if verbose:
        print("registering %s with openai key %s" % (model_id, openai_key), file=sys.stderr)
        print("key length %d, prefix %s" % (len(openai_key), openai_key[:3]), file=sys.stderr)
    async with ModelRed() as client:
        try:
            return await client.register_openai_model(model_id=model_id, api_key=openai_key,
                                                       model_name="gpt-4o", max_tokens=512)
        except ValidationError as e:
            raise ValueError("openai key %s rejected: %s" % (openai_key, e))
        except AuthenticationError:
            sys.stderr.write("MODELRED_API_KEY was refused\n")
            raise


if __name__ == "__main__":
    k, m, v = parse(sys.argv[1:])
    try:
        out = asyncio.run(register(k, m, v))
    except ModelRedError as e:
        sys.stderr.write("failed: %s\n" % type(e).__name__)
        sys.exit(1)
    print("registered %s" % out.get("model_id"))
