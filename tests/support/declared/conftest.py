"""The declared-responses sample: a suite of its own, run by test_openapi_sample.py."""

collect_ignore = ["project"]
