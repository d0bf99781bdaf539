"""LTL freight quoting: plain functions around a carrier SOAP rating API and Claude."""
import logging
import os

import anthropic
from zeep import Client
from zeep.wsse.username import UsernameToken

log = logging.getLogger("ltl.quotes")

WSDL = os.environ.get("LTL_RATING_WSDL", "https://rating.ltlcarrier.example/RateService?wsdl")
LTL_PASSWORD_VAR = "LTL_RATING_PASSWORD"


def rating_client(username=None, password=None):
    username = username or os.environ["LTL_RATING_USER"]
    password = password or os.environ[LTL_PASSWORD_VAR]
    log.info("rating client for %s (password from %s)", username, LTL_PASSWORD_VAR)
    return Client(WSDL, wsse=UsernameToken(username, password))


def quote(client, origin_zip, dest_zip, weight_lb, freight_class):
    res = client.service.GetRate(
        OriginZip=origin_zip, DestinationZip=dest_zip, Weight=weight_lb, Class=freight_class
    )
    if res.ErrorCode:
        log.warning("rating error %s: %s", res.ErrorCode, res.ErrorMessage)
        return None
    return float(res.TotalCharge)


def explain(quotes):
    client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])
    msg = client.messages.create(
        model="claude-3-5-haiku-latest",
        max_tokens=250,
        messages=[{"role": "user", "content": f"Explain these LTL quotes to a shipper: {quotes}"}],
    )
    log.info("explain used %s input tokens", msg.usage.input_tokens)
    return msg.content[0].text


def quote_all(lanes, password):
    try:
        client = rating_client(password=password)
    except Exception as exc:
        log.error("could not build rating client with password %s: %s", password, exc)
        raise
    results = {}
    for lane in lanes:
        results[lane["id"]] = quote(client, lane["from"], lane["to"], lane["lb"], lane["class"])
    if all(v is None for v in results.values()):
        raise RuntimeError("every lane failed; check %s in the vault" % LTL_PASSWORD_VAR)
    return results, explain(results)
