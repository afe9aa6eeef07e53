"""Benchmarks: parse accuracy against labelled releases, and parse throughput."""
