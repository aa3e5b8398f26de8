"""The pipeline version: part of every record and of the cache key of incremental runs.

Bump it whenever a change can alter any record.
"""
PIPELINE_VERSION = "0.23.0"
