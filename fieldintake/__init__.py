"""fieldintake: offline, encrypted intake interviews for human-rights casework."""

__version__ = "0.1.0"
