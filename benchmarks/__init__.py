"""Benchmarks: what validation costs, against Django and against django-allresponses 0.1.0.

Run ``python benchmarks/run.py`` (``--help`` for the options).
"""
