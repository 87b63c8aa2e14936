"""ops-desktop: the Operations Department's regulation as an offline desktop program."""

__version__ = "0.1.0"
APP_NAME = "ops-desktop"
