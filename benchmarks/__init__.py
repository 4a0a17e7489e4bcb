"""Benchmarks: what validation costs, against Django's own classes and against 0.1.0.

Every figure is CPU time, the sides alternating in short chunks over shuffled
rounds, reported as the median of the per-round ratios (:mod:`benchmarks.timing`).
Run ``python benchmarks/run.py`` (``--help`` for the options).
"""
