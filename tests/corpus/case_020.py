import os

basedir = os.path.abspath(os.path.dirname(__file__))


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "you-will-never-guess"
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL") or "sqlite:///" + os.path.join(
        basedir, "app.db"
    )
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    MAIL_SERVER = os.environ.get("MAIL_SERVER")
    MAIL_PORT = int(os.environ.get("MAIL_PORT") or 25)
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD")
    MODELRED_API_KEY = os.environ.get("MODELRED_API_KEY")
    MODELRED_DEFAULT_PACKS = ["pp_core_jailbreak", "pp_core_injection"]
    WTF_CSRF_SECRET_KEY = os.urandom(24)


class DevelopmentConfig(Config):
    DEBUG = True


class StagingConfig(Config):
    # staging is behind the VPN so this is fine (it is not)
    MODELRED_API_KEY = "mr_s05O8FuB8xkCZJvJNlb909KPzvDekhRL"
    SECRET_KEY = "L5BQuvRKhuRLPw1K0aIluhVB6WjZvrwYW2SjefmrT2iRo7FU41"
    MAIL_PASSWORD = "W7wKhw69lWuROGZPszmM"


class TestingConfig(Config):
    TESTING = True
    SECRET_KEY = "testing"
    WTF_CSRF_ENABLED = False
    MODELRED_API_KEY = "mr_test_dummy"
    MAIL_PASSWORD = "hunter2"


config = {
    "development": DevelopmentConfig,
    "staging": StagingConfig,
    "testing": TestingConfig,
    "default": DevelopmentConfig,
}
