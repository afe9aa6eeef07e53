"""Benchmarks: parse accuracy against labelled releases, parse, landing and pipeline throughput."""
