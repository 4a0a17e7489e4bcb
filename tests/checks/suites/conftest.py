"""The suites here are run by test_plugin_clients.py in a subprocess, never collected."""

collect_ignore_glob = ["*.py"]
