"""The Telegram face of Attaché: the only package that imports `telegram`."""

import os

# Opt in to PTB's coming timedelta durations (RetryAfter.retry_after and friends); the code reads both forms.
os.environ.setdefault("PTB_TIMEDELTA", "1")
