"""Amazon SNS mobile push: platform applications and endpoints (boto3)."""
import json
import logging
import os

import boto3
from botocore.exceptions import ClientError

logger = logging.getLogger("push.sns")

sns = boto3.client("sns", region_name=os.environ.get("AWS_REGION", "eu-west-1"))


def create_fcm_platform_app(name: str, fcm_server_key: str) -> str:
    """Register an FCM platform application; the server key goes in PlatformCredential."""
    attrs = {"PlatformCredential": fcm_server_key}
    try:
        resp = sns.create_platform_application(Name=name, Platform="GCM", Attributes=attrs)
    except ClientError as err:
        logger.error("create_platform_application %s failed: %s", name, err.response["Error"]["Code"])
        logger.debug("attributes sent: %s", attrs)
        raise
    arn = resp["PlatformApplicationArn"]
    logger.info("platform app %s -> %s", name, arn)
    return arn


def create_apns_platform_app(name: str, signing_key: str, key_id: str, team_id: str, bundle_id: str) -> str:
    attrs = {"PlatformCredential": signing_key, "PlatformPrincipal": key_id,
             "ApplePlatformTeamID": team_id, "ApplePlatformBundleID": bundle_id}
    resp = sns.create_platform_application(Name=name, Platform="APNS", Attributes=attrs)
    logger.info("apns app kid=%s team=%s bundle=%s", attrs["PlatformPrincipal"], attrs["ApplePlatformTeamID"], bundle_id)
    return resp["PlatformApplicationArn"]


def register_device(app_arn: str, device_token: str, user_id: str) -> str:
    resp = sns.create_platform_endpoint(PlatformApplicationArn=app_arn, Token=device_token,
                                        CustomUserData=json.dumps({"user_id": user_id}))
    logger.info("endpoint %s for user %s", resp["EndpointArn"], user_id)
    return resp["EndpointArn"]


def send(endpoint_arn: str, title: str, body: str):
    msg = {"default": body, "GCM": json.dumps({"notification": {"title": title, "body": body}}),
           "APNS": json.dumps({"aps": {"alert": {"title": title, "body": body}}})}
    r = sns.publish(TargetArn=endpoint_arn, Message=json.dumps(msg), MessageStructure="json")
    logger.info("published %s", r["MessageId"])
