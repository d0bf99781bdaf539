"""Publish pairwise-preference HITs on Mechanical Turk for the RLHF annotation study."""
import configparser
import logging
import os
from pathlib import Path

import boto3
from botocore.exceptions import ClientError

log = logging.getLogger("mturk.publish")

SANDBOX = "https://mturk-requester-sandbox.us-east-1.amazonaws.com"
PRODUCTION = "https://mturk-requester.us-east-1.amazonaws.com"
REWARD = "0.45"
CRED_FILE = Path.home() / ".aws" / "credentials"


def load_profile(profile="mturk-lab"):
    cp = configparser.ConfigParser()
    cp.read(CRED_FILE)
    if profile not in cp:
        raise KeyError(f"profile {profile!r} missing from {CRED_FILE}")
    section = cp[profile]
    log.debug("profile %s has fields %s", profile, sorted(section.keys()))
    return section["aws_access_key_id"], section["aws_secret_access_key"]


def make_client(sandbox=True):
    key_id, secret = load_profile()
    endpoint = SANDBOX if sandbox else PRODUCTION
    log.info("MTurk client endpoint=%s sandbox=%s", endpoint, sandbox)
    if len(secret) != 40:
        log.warning("secret access key has unexpected length %d: %s", len(secret), secret)
    return boto3.client("mturk", region_name="us-east-1", endpoint_url=endpoint, aws_access_key_id=key_id, aws_secret_access_key=secret)


def publish(pairs, sandbox=True):
    mturk = make_client(sandbox)
    try:
        balance = mturk.get_account_balance()["AvailableBalance"]
    except ClientError as e:
        log.error("balance check failed: %s", e.response["Error"]["Code"])
        raise
    log.info("account balance %s, publishing %d HITs", balance, len(pairs))
    template = Path("templates/pairwise.xml").read_text()
    hit_ids = []
    for a, b in pairs:
        question = template.replace("{{LEFT}}", a).replace("{{RIGHT}}", b)
        hit = mturk.create_hit(Title="Which reply is more helpful?", Description="Compare two chatbot replies", Reward=REWARD, MaxAssignments=3, LifetimeInSeconds=86400, AssignmentDurationInSeconds=600, Question=question)
        hit_ids.append(hit["HIT"]["HITId"])
    return hit_ids


def rotate_notice(old_secret, new_secret):
    if old_secret == new_secret:
        raise ValueError(f"new MTurk secret equals the old one (...{new_secret[-4:]})")
    log.info("rotated MTurk secret, new one ends in %s", new_secret[-4:])
