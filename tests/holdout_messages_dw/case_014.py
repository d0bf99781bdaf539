#!/usr/bin/env python3
# Quick graphql-core prototype: a single `ask` field answered by Gemini. Run directly.
import os
import sys

import google.generativeai as genai
from graphql import (GraphQLArgument, GraphQLField, GraphQLNonNull, GraphQLObjectType,
                     GraphQLSchema, GraphQLString, graphql_sync)

GEMINI_KEY = os.environ.get("GOOGLE_API_KEY", "")
if not GEMINI_KEY:
    print(f"GOOGLE_API_KEY is empty ({GEMINI_KEY!r}), export it first", file=sys.stderr)
    sys.exit(1)

print("Gemini key: " + GEMINI_KEY)
print("key looks like a Google key:", GEMINI_KEY.startswith("AIza"))
genai.configure(api_key=GEMINI_KEY)
model = genai.GenerativeModel("gemini-1.5-flash")


def resolve_ask(_root, _info, question):
    response = model.generate_content(question)
    meta = response.usage_metadata
    print("prompt/candidates tokens:", meta.prompt_token_count, meta.candidates_token_count)
    if not response.candidates:
        raise RuntimeError(f"Gemini blocked the prompt: {response.prompt_feedback}")
    return response.text


schema = GraphQLSchema(
    query=GraphQLObjectType(
        "Query",
        {
            "ask": GraphQLField(
                GraphQLNonNull(GraphQLString),
                args={"question": GraphQLArgument(GraphQLNonNull(GraphQLString))},
                resolve=resolve_ask,
            )
        },
    )
)

questions = sys.argv[1:] or ["What is GraphQL in one sentence?"]
for q in questions:
    result = graphql_sync(schema, "query($q: String!) { ask(question: $q) }", variable_values={"q": q})
    if result.errors:
        print("failed:", len(result.errors), "error(s)", file=sys.stderr)
        continue
    print(result.data["ask"])

headers = {"x-goog-api-key": GEMINI_KEY, "content-type": "application/json"}
print("would call REST with", headers, file=sys.stderr)
