"""LangChain research agent for token fundamentals; keys from the OS keyring."""
import logging

import keyring
from langchain_openai import ChatOpenAI
from langchain_core.prompts import ChatPromptTemplate

log = logging.getLogger("research.agent")

SERVICE = "crypto-research"
OPENAI_ENTRY = "openai_api_key"
ETHERSCAN_ENTRY = "etherscan_api_key"


def get_keys():
    openai_key = keyring.get_password(SERVICE, OPENAI_ENTRY)
    etherscan_key = keyring.get_password(SERVICE, ETHERSCAN_ENTRY)
    log.info("keyring backend %s, entries %s/%s", keyring.get_keyring().name, OPENAI_ENTRY, ETHERSCAN_ENTRY)
    if etherscan_key is None:
        raise LookupError(f"no {ETHERSCAN_ENTRY} in keyring service {SERVICE}")
    return openai_key, etherscan_key


def build_chain(openai_key):
    llm = ChatOpenAI(model="gpt-4o", api_key=openai_key, max_tokens=600, temperature=0.2)
    prompt = ChatPromptTemplate.from_messages([
        ("system", "You are a careful crypto research analyst. No price predictions."),
        ("human", "Summarise the fundamentals of {token} using this data: {data}"),
    ])
    return prompt | llm


def research(token: str):
    openai_key, etherscan_key = get_keys()
    log.debug("etherscan key: %s", etherscan_key)
    chain = build_chain(openai_key)
    data = {"holders": 12873, "supply": "1e9"}
    out = chain.invoke({"token": token, "data": data})
    meta = out.response_metadata.get("token_usage", {})
    log.info("research %s used %s tokens", token, meta.get("total_tokens"))
    return out.content


def rotate(new_key: str):
    old = keyring.get_password(SERVICE, OPENAI_ENTRY)
    keyring.set_password(SERVICE, OPENAI_ENTRY, new_key)
    log.warning("rotated %s: %s -> %s", OPENAI_ENTRY, old, new_key)
    return True


if __name__ == "__main__":
    logging.basicConfig(level=logging.DEBUG)
    print(research("UNI"))
