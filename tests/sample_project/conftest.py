"""The sample project is a test suite of its own, run by tests/checks/test_checks_plugin.py."""

collect_ignore = ["project"]
