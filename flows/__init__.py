"""Prefect flows of pressroom: thin wrappers over the library, one module per flow."""

from pressroom.settings import apply_environment

apply_environment()  # before Prefect is imported by any flow module
